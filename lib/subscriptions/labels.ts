import type { Frequency, Target } from "./schemas";

// How pages and emails name what a subscription is to, so both say the same.

export interface NamedTarget {
  target: Target;
  name: string;
}

/** "the Kubernetes zone", "articles by Jane Doe", "the site newsletter". */
export function describeTarget({ target, name }: NamedTarget): string {
  switch (target) {
    case "ZONE":
      return `the ${name} zone`;
    case "CATEGORY":
      return `the ${name} category`;
    case "AUTHOR":
      return `articles by ${name}`;
    case "NEWSLETTER":
      return "the site newsletter";
  }
}

export function frequencyAdjective(frequency: Frequency): string {
  return frequency === "DAILY" ? "daily" : "weekly";
}
