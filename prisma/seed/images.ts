// Demo illustrations in public/images/demo (drawn for Zonepress), with alt text and the
// categories they suit, used for in-body images and cover images.

export interface DemoImage {
  file: string;
  alt: string;
  categories: readonly string[];
}

export const DEMO_IMAGES: readonly DemoImage[] = [
  {
    file: "layered-architecture.svg",
    alt: "Layered architecture with clients, services and data stores",
    categories: ["cloud-architecture", "software-design"],
  },
  {
    file: "pipeline-stages.svg",
    alt: "Delivery pipeline stages from commit to production",
    categories: ["devops-ci-cd", "data-engineering"],
  },
  {
    file: "latency-percentiles.svg",
    alt: "Bar chart of request latency percentiles",
    categories: ["software-design", "devops-ci-cd", "cloud-architecture"],
  },
  {
    file: "throughput-trend.svg",
    alt: "Line chart of weekly throughput over twelve weeks",
    categories: ["data-engineering", "devops-ci-cd", "ai-machine-learning"],
  },
  {
    file: "cluster-topology.svg",
    alt: "Load balancer distributing traffic to a cluster of nodes",
    categories: ["cloud-architecture", "devops-ci-cd"],
  },
  {
    file: "event-flow.svg",
    alt: "Producers writing to a partitioned log read by consumer groups",
    categories: ["data-engineering", "cloud-architecture"],
  },
  {
    file: "request-lifecycle.svg",
    alt: "A request passing through gateway, service, cache and database",
    categories: ["software-design", "cloud-architecture", "security"],
  },
  {
    file: "cache-tiers.svg",
    alt: "Cache tiers from browser to CDN, application cache and database",
    categories: ["software-design", "cloud-architecture"],
  },
  {
    file: "trust-boundaries.svg",
    alt: "Trust boundaries separating the internet, the application and internal data",
    categories: ["security"],
  },
  {
    file: "model-lifecycle.svg",
    alt: "Machine learning lifecycle: data, training, evaluation, deployment, monitoring",
    categories: ["ai-machine-learning", "data-engineering"],
  },
  {
    file: "cost-breakdown.svg",
    alt: "Donut chart of monthly cloud cost by service",
    categories: ["cloud-architecture", "devops-ci-cd"],
  },
];

export function imagePath(image: DemoImage): string {
  return `/images/demo/${image.file}`;
}

export function imagesFor(categorySlug: string): readonly DemoImage[] {
  const fitting = DEMO_IMAGES.filter((image) => image.categories.includes(categorySlug));
  return fitting.length > 0 ? fitting : DEMO_IMAGES;
}
