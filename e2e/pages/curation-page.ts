import { expect, type Locator, type Page } from "@playwright/test";

/** The editor's `/editor/curation`: the slot chooser, the picker, the entries and the save bar. */
export class CurationPage {
  readonly picker: Locator;
  readonly results: Locator;
  readonly entries: Locator;
  readonly preview: Locator;
  readonly saveButton: Locator;

  constructor(readonly page: Page) {
    this.picker = page.getByRole("combobox", { name: /^Find a published article/ });
    this.results = page.getByRole("listbox", { name: "Search results" }).getByRole("option");
    this.entries = page.getByRole("region", { name: /^Entries/ }).getByRole("listitem");
    this.preview = page.getByRole("region", { name: "Preview" });
    this.saveButton = page.getByRole("button", { name: "Save changes" });
  }

  /** Opens a slot through the chooser, by its label ("Featured Java Resources"). */
  async openSlot(label: string): Promise<void> {
    await this.page.getByLabel("Slot").selectOption({ label });
    await this.page.getByRole("button", { name: "Open slot" }).click();
    await this.page.waitForURL(/\/editor\/curation\?slot=/);
  }

  entry(title: string): Locator {
    return this.entries.filter({ has: this.page.getByRole("heading", { name: title, exact: true }) });
  }

  /** Searches with the picker and adds the first result with the keyboard (↓ then Enter). */
  async addWithKeyboard(title: string): Promise<void> {
    await this.picker.fill(title);
    const option = this.results.filter({ hasText: title }).first();
    await expect(option).toBeVisible();
    await expect(this.picker).toHaveAttribute("aria-expanded", "true");
    await this.picker.press("ArrowDown");
    await expect(this.picker).toHaveAttribute("aria-activedescendant", (await option.getAttribute("id"))!);
    await this.picker.press("Enter");
    await expect(this.entry(title)).toBeVisible();
  }

  async save(): Promise<void> {
    await this.saveButton.click();
    await expect(this.page.getByRole("status").filter({ hasText: /^Saved\./ })).toBeVisible();
  }
}
