// The HTML renderer of emails, in a worker thread started without the react-server condition
// (render.ts), so React's regular build and react-dom/server load here even when the caller runs
// inside Next or a tsx script. Plain JavaScript: Node loads it as is, with no TypeScript loader.
import { createElement, Fragment } from "react";
import { render, toPlainText } from "@react-email/render";

/** @param {import("./host-tree").HostNode} node */
function toElement(node) {
  if (typeof node === "string") return node;
  return createElement(node.type, node.props, ...node.children.map(toElement));
}

/**
 * @param {{ tree: import("./host-tree").HostNode[] }} task
 * @returns {Promise<{ html: string; text: string }>}
 */
export default async function renderEmailTree({ tree }) {
  const html = await render(createElement(Fragment, null, ...tree.map(toElement)));
  return { html, text: toPlainText(html) };
}
