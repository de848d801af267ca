// Sentence banks for generated article prose. Templates avoid subject–verb agreement with
// the topic (topics are singular or plural noun phrases) so any topic fits any sentence.
import type { Rng } from "./prng";

export interface ProseContext {
  topic: string;
  tool: string;
  tool2: string;
  quality: string;
  metric: string;
  team: string;
  zoneName: string;
  /** Percentages, counts and durations drawn once per body so numbers stay consistent. */
  pct: number;
  weeks: number;
  count: number;
}

export type Sentence = (c: ProseContext) => string;

export const INTRO: readonly Sentence[] = [
  (c) =>
    `Most teams meet ${c.topic} the first time something breaks in production, which is the most expensive moment to learn about it.`,
  (c) =>
    `When we started looking at ${c.topic}, the documentation answered every question except the ones we actually had.`,
  (c) =>
    `This article walks through how we approach ${c.topic} with ${c.tool}, what we measured, and what we would do differently next time.`,
  (c) =>
    `Work on ${c.topic} sits at the intersection of ${c.quality} and day-to-day developer productivity, and the trade-offs are rarely obvious up front.`,
  (c) =>
    `Over the last ${c.weeks} weeks we rebuilt our approach to ${c.topic}, and the results surprised even the skeptics on the team.`,
  (c) =>
    `If you have ever stared at a dashboard wondering why ${c.metric} doubled overnight, chances are ${c.topic} played a part.`,
  (c) =>
    `There is no shortage of opinions about ${c.topic}; this piece tries to replace a few of them with measurements.`,
  (c) =>
    `We are ${c.team}, and ${c.topic} went from a footnote in our design docs to a standing agenda item.`,
];

export const EXPLAIN: readonly Sentence[] = [
  () => `At its core, the idea is simple: make the common path fast and the failure path predictable.`,
  (c) => `${c.tool} gives you the building blocks, but it does not decide where the boundaries should be.`,
  () =>
    `The interesting part is not the happy path but what happens when a dependency is slow, partially available or returns something unexpected.`,
  (c) =>
    `In practice, success with ${c.topic} depends less on any single tool than on the feedback loop around it.`,
  () =>
    `Think of it as a contract between the people who build the system and the people who operate it at night.`,
  (c) =>
    `Every design decision here trades something for ${c.quality}, so it helps to write down which trade you are making.`,
  (c) =>
    `${c.tool} and ${c.tool2} approach the problem from opposite ends, which is why teams often end up using both.`,
  () =>
    `The mechanics are well documented; the judgment calls are not, and that is where most incidents come from.`,
  () =>
    `A useful mental model is a queue: work arrives, waits, gets processed, and sometimes has to be retried.`,
  () =>
    `Small defaults matter more than big architecture diagrams, because defaults are what ships when nobody is looking.`,
  () => `Once the system is observable, the conversation shifts from guessing to reading the data.`,
  () =>
    `The configuration is short, but each line encodes a decision that someone will question during the next outage.`,
];

export const ADVICE: readonly Sentence[] = [
  () =>
    `Start with the smallest version that exercises the full path, then add features only when the data says you need them.`,
  () => `Write the rollback procedure before the rollout procedure; it forces you to think about state.`,
  (c) =>
    `Measure ${c.metric} before you change anything, otherwise you will not be able to prove the change helped.`,
  () =>
    `Keep the configuration in version control next to the code it affects, and review it with the same care.`,
  () =>
    `Automate the boring checks in CI so reviewers can spend their attention on design rather than formatting.`,
  () => `Give every component an owner and a runbook, even if the runbook is only five lines long.`,
  () => `Prefer explicit timeouts everywhere; an unbounded wait is a bug that has not happened yet.`,
  () => `Roll out to a small slice of traffic first and compare it against the rest before going wider.`,
  () =>
    `Document the decision and the alternatives you rejected, so the next person does not have to rediscover them.`,
  (c) =>
    `Budget time for ${c.tool} upgrades; falling two major versions behind turns a routine task into a project.`,
];

export const CAUTION: readonly Sentence[] = [
  () => `Be careful with defaults that look safe in a demo but behave very differently under real load.`,
  (c) =>
    `The most common failure we saw was not a bug in ${c.tool} but a misunderstanding of what it guarantees.`,
  () => `Caching hides problems as easily as it solves them, so add metrics before you add another cache.`,
  () => `Retries without jitter can turn a brief hiccup into a synchronized stampede.`,
  () =>
    `Copying a configuration from another team works until the assumptions behind it stop matching yours.`,
  () => `Alerting on every symptom trains people to ignore alerts; alert on what users feel instead.`,
  (c) =>
    `It is tempting to solve ${c.topic} once for the whole organization, but the constraints differ from team to team.`,
];

export const EVIDENCE: readonly Sentence[] = [
  (c) => `After the change, ${c.metric} dropped by roughly ${c.pct}% over the following ${c.weeks} weeks.`,
  (c) =>
    `Across ${c.count} services, the teams that adopted the pattern early reported fewer late-night pages.`,
  (c) => `Our load tests showed a ${c.pct}% improvement, and production numbers landed close to that.`,
  (c) =>
    `The first version took ${c.weeks} weeks to build; the second took three days because the hard questions were already answered.`,
  (c) =>
    `We tracked ${c.metric} on a shared dashboard so everyone could see the trend, not just the on-call engineer.`,
  (c) => `Of the ${c.count} incidents we reviewed, most traced back to configuration rather than code.`,
];

export const CLOSING: readonly Sentence[] = [
  (c) =>
    `Getting ${c.topic} right is not a one-off project but a habit, and habits are built in small, repeated steps.`,
  () => `None of this requires a big-bang migration; pick one service, apply the ideas, and measure.`,
  () => `If you try this approach, we would love to hear what worked and what did not.`,
  (c) =>
    `The tools will keep changing, but the questions about ${c.quality} and ownership will stay the same.`,
  () => `Start small, write things down, and let the numbers tell you when you are done.`,
];

/** 3–5 sentences, never repeating one already used in the same body (tracked in `used`). */
export function paragraph(
  rng: Rng,
  c: ProseContext,
  used: Set<Sentence>,
  banks: readonly (readonly Sentence[])[],
): string {
  const count = rng.int(3, 5);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const bank = banks[i % banks.length] as readonly Sentence[];
    const fresh = bank.filter((sentence) => !used.has(sentence));
    if (fresh.length === 0) continue;
    const sentence = rng.pick(fresh);
    used.add(sentence);
    out.push(sentence(c));
  }
  return out.join(" ");
}

/** k items of a list in their original order (steps stay in a sensible sequence). */
export function orderedSample<T>(rng: Rng, items: readonly T[], k: number): T[] {
  const chosen = new Set(rng.sample(items, k));
  return items.filter((item) => chosen.has(item));
}

export const BULLETS: readonly Sentence[] = [
  (c) => `**Ownership is explicit.** Every part of ${c.topic} has a named team and an escalation path.`,
  () => `**Failure is rehearsed.** We break things on purpose in staging before production does it for us.`,
  (c) =>
    `**Configuration is reviewed.** Changes to ${c.tool} settings go through the same pull requests as code.`,
  (c) => `**Metrics come first.** Anyone can open a dashboard that shows ${c.metric}.`,
  () => `**Defaults are safe.** New services inherit timeouts, limits and alerts without extra work.`,
  (c) => `**Costs are visible.** Each change shows its effect on ${c.quality} and on the monthly bill.`,
  () => `**Docs live with code.** The runbook sits next to the service, not in a wiki nobody updates.`,
  (c) => `**Upgrades are routine.** ${c.tool} is upgraded on a schedule, not when a CVE forces it.`,
  () => `**Rollbacks are cheap.** Any release can be reverted in minutes without a meeting.`,
];

export const PITFALLS: readonly Sentence[] = [
  (c) => `Treating ${c.tool} as a black box and skipping its failure modes.`,
  () => `Tuning for benchmarks instead of the traffic you actually have.`,
  () => `Letting one shared configuration grow until nobody dares to change it.`,
  () => `Adding retries at every layer, multiplying load during an outage.`,
  () => `Measuring averages when users experience the tail.`,
  () => `Skipping the migration plan for existing data.`,
  (c) => `Assuming ${c.tool2} behaves the same way because the APIs look alike.`,
  (c) => `Leaving ${c.topic} undocumented because "everyone knows how it works".`,
];

export const STEPS: readonly Sentence[] = [
  (c) => `Inventory what you run today and note which parts touch ${c.topic}.`,
  (c) => `Define the target for ${c.metric} and agree on how it will be measured.`,
  (c) => `Set up ${c.tool} in a sandbox environment with production-like data volumes.`,
  () => `Add tracing and structured logs around the critical path.`,
  () => `Migrate one low-risk workload and run it side by side with the old setup.`,
  () => `Review the results with the team and write down what surprised you.`,
  () => `Roll out gradually, keeping the previous path available as a fallback.`,
  (c) => `Remove the old path once the new one has been stable for ${c.weeks} weeks.`,
];
