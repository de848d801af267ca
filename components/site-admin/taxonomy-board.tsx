"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { sendJson } from "./use-admin-form";

// /editor/taxonomy: categories in menu order, each with its zones in order. "Move up"/"Move
// down" buttons reorder one step at a time (keyboard: Tab to a button, Enter or Space); the
// list shows the order the server answers with and says what moved in a live region.

export interface BoardZone {
  id: number;
  slug: string;
  name: string;
  /** "12 articles, 1 event": what is in it, or "Empty". */
  contents: string;
}

export interface BoardCategory {
  id: number;
  slug: string;
  name: string;
  zones: BoardZone[];
}

const smallButton =
  "border-surface-border text-ink hover:border-brand-500 hover:text-brand-600 rounded-md border px-2 py-1 text-xs font-semibold disabled:opacity-40";
const linkClass = "text-brand-600 text-xs font-semibold hover:underline";

function reordered<T extends { id: number }>(items: T[], ids: number[]): T[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

function MoveButtons({
  name,
  index,
  count,
  pending,
  onMove,
  buttonRef,
}: {
  name: string;
  index: number;
  count: number;
  pending: boolean;
  onMove: (direction: "up" | "down") => void;
  buttonRef: (direction: "up" | "down", element: HTMLButtonElement | null) => void;
}) {
  return (
    <span className="inline-flex gap-1">
      {(["up", "down"] as const).map((direction) => (
        <button
          key={direction}
          ref={(element) => buttonRef(direction, element)}
          type="button"
          className={smallButton}
          aria-label={`Move ${name} ${direction}`}
          // Not disabled while a move is on its way: a disabled button would lose the focus.
          aria-disabled={pending || undefined}
          disabled={direction === "up" ? index === 0 : index === count - 1}
          onClick={() => {
            if (!pending) onMove(direction);
          }}
        >
          <span aria-hidden="true">{direction === "up" ? "↑" : "↓"}</span>
        </button>
      ))}
    </span>
  );
}

export function TaxonomyBoard({ initial }: { initial: BoardCategory[] }) {
  const [categories, setCategories] = useState(initial);
  const [pending, setPending] = useState(false);
  const [status, setStatus] = useState("");
  const [error, setError] = useState<string | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const buttonRef = (key: string) => (direction: "up" | "down", element: HTMLButtonElement | null) => {
    if (element) buttons.current.set(`${key}:${direction}`, element);
    else buttons.current.delete(`${key}:${direction}`);
  };

  // After a move the row's buttons are rendered in their new place; focus goes back to the one
  // that was pressed, or to the other one when the row reached an end (that one is disabled).
  const focusAfterMove = useRef<string | null>(null);
  useEffect(() => {
    const key = focusAfterMove.current;
    focusAfterMove.current = null;
    if (key) buttons.current.get(key)?.focus();
  }, [categories]);

  async function move(kind: "category" | "zone", id: number, name: string, direction: "up" | "down") {
    setPending(true);
    setError(null);
    const result = await sendJson<{ order: number[] }>(
      `/api/editor/${kind === "category" ? "categories" : "zones"}/${id}/move`,
      "POST",
      { direction },
    );
    setPending(false);
    if (!result.ok) {
      setError(result.detail);
      return;
    }
    const order = result.data.order;
    const position = order.indexOf(id);
    const atEnd = direction === "up" ? position === 0 : position === order.length - 1;
    focusAfterMove.current = `${kind}-${id}:${atEnd ? (direction === "up" ? "down" : "up") : direction}`;
    if (kind === "category") {
      setCategories((current) => reordered(current, order));
      setStatus(`Moved ${name} ${direction}: now ${position + 1} of ${order.length} in the menu.`);
    } else {
      setCategories((current) =>
        current.map((category) =>
          category.zones.some((zone) => zone.id === id)
            ? { ...category, zones: reordered(category.zones, order) }
            : category,
        ),
      );
      setStatus(`Moved ${name} ${direction}: now ${position + 1} of ${order.length} in its category.`);
    }
  }

  return (
    <>
      <p aria-live="polite" className="sr-only">
        {status}
      </p>
      {error && (
        <p role="alert" className="mb-4 text-sm font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
      {categories.length === 0 && <p className="text-ink-soft">No categories yet. Create the first one.</p>}
      <ol className="space-y-6">
        {categories.map((category, index) => (
          <li key={category.id} className="border-surface-border rounded-lg border p-4">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h2 className="text-ink text-lg font-bold">
                {category.name}{" "}
                <span className="text-muted text-sm font-normal">/categories/{category.slug}</span>
              </h2>
              <div className="flex flex-wrap items-center gap-3">
                <MoveButtons
                  name={category.name}
                  index={index}
                  count={categories.length}
                  pending={pending}
                  onMove={(direction) => move("category", category.id, category.name, direction)}
                  buttonRef={buttonRef(`category-${category.id}`)}
                />
                <Link href={`/editor/taxonomy/categories/${category.id}`} className={linkClass}>
                  Edit<span className="sr-only"> {category.name}</span>
                </Link>
                <Link href={`/editor/taxonomy/zones/new?category=${category.id}`} className={linkClass}>
                  Add zone<span className="sr-only"> to {category.name}</span>
                </Link>
              </div>
            </div>
            {category.zones.length === 0 ? (
              <p className="text-muted mt-3 text-sm">No zones yet.</p>
            ) : (
              <ol aria-label={`Zones of ${category.name}`} className="divide-surface-border mt-3 divide-y">
                {category.zones.map((zone, zoneIndex) => (
                  <li key={zone.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                    <span>
                      <span className="text-ink font-medium">{zone.name}</span>{" "}
                      <span className="text-muted text-xs">
                        /zones/{zone.slug} · {zone.contents}
                      </span>
                    </span>
                    <span className="flex flex-wrap items-center gap-3">
                      <MoveButtons
                        name={zone.name}
                        index={zoneIndex}
                        count={category.zones.length}
                        pending={pending}
                        onMove={(direction) => move("zone", zone.id, zone.name, direction)}
                        buttonRef={buttonRef(`zone-${zone.id}`)}
                      />
                      <Link href={`/editor/taxonomy/zones/${zone.id}`} className={linkClass}>
                        Edit<span className="sr-only"> {zone.name}</span>
                      </Link>
                      <Link href={`/zones/${zone.slug}`} className={linkClass}>
                        View<span className="sr-only"> {zone.name}</span>
                      </Link>
                    </span>
                  </li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
