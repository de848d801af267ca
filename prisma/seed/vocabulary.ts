// Word lists for the demo content, written for Zonepress. Names are common given names and
// surnames from many languages, combined at random; companies and venues are invented.

export const FIRST_NAMES =
  `Ada Aiko Alejandro Amara Anika Arjun Astrid Ben Bianca Camille Carlos Chen Chiara Dana
Daniel Dmitri Elena Emeka Emil Esra Farah Felix Freya Gabriel Hana Hassan Ines Ivan Jakob Jia Joao Jonas Kai Kavya
Keiko Lars Laila Leon Lina Lucas Mai Marek Maria Mateo Maya Mehmet Mina Nadia Nikhil Nora Omar Oskar Paula Priya
Rafael Rosa Sami Sara Sofia Tariq Theo Tomas Uma Valentina Wei Yara Yusuf Zara Zoe`.split(/\s+/);

export const LAST_NAMES = `Abara Adeyemi Alvarez Andersen Bauer Becker Brennan Castillo Chen Costa Dahl Demir
Dubois Eriksen Fischer Fontaine Garcia Gupta Haddad Hoffmann Ibrahim Ivanova Jansen Kaur Kim Kowalski Kumar
Larsen Laurent Lindqvist Lopez Moreau Morita Muller Nakamura Nguyen Novak Okafor Oliveira Park Patel Petrov Quinn
Ortega Rahman Reyes Rossi Sato Schmidt Silva Singh Sokolov Tanaka Torres Varga Wagner Walsh Yilmaz Zhang`.split(
  /\s+/,
);

export const COMPANIES = [
  "Brightloom",
  "Tidewater Systems",
  "Quillstack",
  "Harborline",
  "Cobalt Ridge",
  "Lanternfish Labs",
  "Meridian Freight",
  "Pinecrest Health",
  "Orbital Ledger",
  "Saltmarsh Media",
  "Copperleaf Energy",
  "Kestrel Payments",
  "Northgate Insurance",
  "Driftwood Games",
  "Juniper Mobility",
  "Foxglove Retail",
];

export const ROLES = [
  "Staff Engineer",
  "Principal Architect",
  "Site Reliability Engineer",
  "Engineering Manager",
  "Senior Software Engineer",
  "Data Engineer",
  "Security Engineer",
  "Platform Engineer",
  "Developer Advocate",
  "Machine Learning Engineer",
  "Independent Consultant",
  "CTO",
];

export const TEAM_NOUNS = [
  "a payments team",
  "a platform group of six",
  "a mid-sized e-commerce company",
  "a healthcare startup",
  "a logistics platform",
  "a streaming media service",
  "an internal tools team",
  "a fintech scale-up",
  "a public-sector project",
  "a game studio",
];

export const QUALITIES = [
  "reliability",
  "latency",
  "cost",
  "security",
  "developer experience",
  "maintainability",
  "throughput",
  "observability",
];

export const CONTEXTS = [
  "at Scale",
  "in Production",
  "for Small Teams",
  "on a Budget",
  "Without Downtime",
  "in Regulated Industries",
  "for Startups",
  "in Legacy Systems",
  "Across Teams",
  "in 2026",
];

export const VERBS = [
  "Build",
  "Scale",
  "Secure",
  "Debug",
  "Migrate",
  "Automate",
  "Monitor",
  "Test",
  "Simplify",
  "Design",
  "Operate",
  "Harden",
];

/** Gerunds that read well before any topic ("Debugging cold starts"). */
export const TOPIC_GERUNDS = [
  "Designing",
  "Scaling",
  "Operating",
  "Testing",
  "Securing",
  "Debugging",
  "Documenting",
  "Monitoring",
];

/** Gerunds that read well before a tool name ("Adopting Helm"). */
export const TOOL_GERUNDS = [
  "Adopting",
  "Running",
  "Upgrading",
  "Evaluating",
  "Standardizing on",
  "Rolling Out",
  "Replacing",
];

export const METRICS = [
  "p99 latency",
  "deployment frequency",
  "mean time to recovery",
  "monthly cloud spend",
  "build time",
  "error rate",
  "query time",
  "on-call pages per week",
];

/** Event venues: city, venue, UTC hour a morning start is at, IANA time zone. */
export const VENUES = [
  { city: "Berlin, Germany", venue: "Spreeufer Conference Hall", hourUtc: 8, timezone: "Europe/Berlin" },
  {
    city: "Amsterdam, Netherlands",
    venue: "Havenhuis Event Center",
    hourUtc: 8,
    timezone: "Europe/Amsterdam",
  },
  { city: "London, United Kingdom", venue: "Riverside Tech Forum", hourUtc: 9, timezone: "Europe/London" },
  {
    city: "Austin, TX, USA",
    venue: "Lamar Street Convention Rooms",
    hourUtc: 14,
    timezone: "America/Chicago",
  },
  {
    city: "Toronto, Canada",
    venue: "Harbourfront Learning Centre",
    hourUtc: 13,
    timezone: "America/Toronto",
  },
  { city: "Singapore", venue: "Marina Innovation Hub", hourUtc: 1, timezone: "Asia/Singapore" },
  { city: "Bengaluru, India", venue: "Lakeside Tech Park Auditorium", hourUtc: 4, timezone: "Asia/Kolkata" },
  { city: "Sydney, Australia", venue: "Darling Quay Pavilion", hourUtc: 23, timezone: "Australia/Sydney" },
] as const;

export const ONLINE_ZONES = [
  "UTC",
  "America/New_York",
  "America/Los_Angeles",
  "Europe/Paris",
  "Asia/Tokyo",
] as const;
