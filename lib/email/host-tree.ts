import type { ReactNode } from "react";

// An email's React tree reduced to what the browser-free HTML renderer needs: host elements
// ("table", "a", …) with plain props, and text. Components are called here, in the caller's
// React (the react-server build inside Next and the tsx scripts, where react-dom/server cannot
// load); the result is plain data that crosses into the render thread (render.ts).

export type HostNode = string | HostElement;
export interface HostElement {
  type: string;
  props: Record<string, unknown>;
  children: HostNode[];
}

const ELEMENT_TYPES = new Set([Symbol.for("react.transitional.element"), Symbol.for("react.element")]);
const FRAGMENT = Symbol.for("react.fragment");
const FORWARD_REF = Symbol.for("react.forward_ref");
const MEMO = Symbol.for("react.memo");

interface ElementLike {
  $$typeof: symbol;
  type: unknown;
  props: Record<string, unknown> & { children?: ReactNode };
}
type ComponentFunction = (props: Record<string, unknown>, ref?: null) => ReactNode | Promise<ReactNode>;

function isElement(node: unknown): node is ElementLike {
  return typeof node === "object" && node !== null && ELEMENT_TYPES.has((node as ElementLike).$$typeof);
}

/** Props that survive the trip: no children (handled apart), no refs or event handlers. */
function plainProps(props: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(props)) {
    if (name === "children" || name === "ref" || typeof value === "function" || value === undefined) continue;
    result[name] = value;
  }
  return result;
}

async function renderComponent(type: unknown, props: Record<string, unknown>): Promise<ReactNode> {
  if (typeof type === "function") {
    if ((type as { prototype?: { isReactComponent?: unknown } }).prototype?.isReactComponent) {
      throw new Error("Email templates use function components, not classes");
    }
    return (type as ComponentFunction)(props);
  }
  const tagged = type as { $$typeof?: symbol; render?: ComponentFunction; type?: unknown };
  if (tagged?.$$typeof === FORWARD_REF && tagged.render) return tagged.render(props, null);
  if (tagged?.$$typeof === MEMO) return renderComponent(tagged.type, props);
  throw new Error(`Email templates cannot contain ${String(tagged?.$$typeof ?? type)} elements`);
}

/**
 * Calls every component of `node` (awaiting async ones) and returns the host elements and text
 * it stands for. Hooks and context are not available: email components are pure functions of
 * their props, which React Email's components are (all but its Tailwind wrapper).
 */
export async function toHostTree(node: ReactNode | Promise<ReactNode>): Promise<HostNode[]> {
  const value = await node;
  if (value === null || value === undefined || typeof value === "boolean") return [];
  if (typeof value === "string" || typeof value === "number" || typeof value === "bigint")
    return [String(value)];
  if (typeof value === "object" && Symbol.iterator in value) {
    const children: HostNode[] = [];
    for (const child of value as Iterable<ReactNode>) children.push(...(await toHostTree(child)));
    return children;
  }
  if (!isElement(value)) throw new Error("Email templates can only contain elements, text and arrays");
  const { type, props } = value as ElementLike;
  if (typeof type === "string") {
    return [{ type, props: plainProps(props), children: await toHostTree(props.children) }];
  }
  if (type === FRAGMENT) return toHostTree(props.children);
  return toHostTree(await renderComponent(type, props));
}
