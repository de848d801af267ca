import { tokenize, type Token } from "./prisma-schema-tokenize";

// A small parser for schema.prisma, enough for the schema-drift check. `getDMMF` from
// @prisma/internals would do this, but it is not installed; this covers the grammar we use
// (models, enums, field modifiers, field and block attributes with nested arguments) and
// throws on anything it does not understand, so a new construct fails loudly.

export type Expr =
  | { kind: "string"; value: string }
  | { kind: "number"; value: number }
  /** An identifier (`Cascade`, `true`, `db.Date`) or a call when `args` is set (`now()`). */
  | { kind: "ident"; name: string; args?: Arg[] }
  | { kind: "array"; items: Expr[] };

export interface Arg {
  name?: string;
  value: Expr;
}

export interface Attribute {
  /** Without the @ / @@, e.g. "id", "default", "db.Date", "relation", "index". */
  name: string;
  args: Arg[];
}

export type FieldKind = "scalar" | "enum" | "relation" | "unsupported";

export interface PrismaField {
  name: string;
  /** The database column name (`@map`) or the field name. */
  columnName: string;
  /** Scalar, enum or model name; "Unsupported" for Unsupported("…"). */
  type: string;
  /** The database type named in Unsupported("…"). */
  unsupportedType?: string;
  kind: FieldKind;
  optional: boolean;
  list: boolean;
  attributes: Attribute[];
}

export interface PrismaModel {
  name: string;
  tableName: string;
  fields: PrismaField[];
  blockAttributes: Attribute[];
}

export interface PrismaEnum {
  name: string;
  dbName: string;
  values: { name: string; dbName: string }[];
}

export interface PrismaSchema {
  models: PrismaModel[];
  enums: PrismaEnum[];
}

export function parsePrismaSchema(source: string): PrismaSchema {
  const p = new Parser(tokenize(source));
  const models: PrismaModel[] = [];
  const enums: PrismaEnum[] = [];
  for (;;) {
    p.skipNewlines();
    if (p.done()) break;
    const keyword = p.expect("ident").value;
    const name = p.expect("ident").value;
    if (keyword === "model") models.push(p.modelBody(name));
    else if (keyword === "enum") enums.push(p.enumBody(name));
    // Settings blocks, composite types (MongoDB only) and views are not tables.
    else if (["generator", "datasource", "type", "view"].includes(keyword)) p.skipBlock();
    else throw p.error(`unknown block "${keyword}"`);
  }

  const enumNames = new Set(enums.map((e) => e.name));
  const modelNames = new Set(models.map((m) => m.name));
  for (const model of models) {
    for (const field of model.fields) {
      if (field.type === "Unsupported") field.kind = "unsupported";
      else if (enumNames.has(field.type)) field.kind = "enum";
      else if (modelNames.has(field.type)) field.kind = "relation";
    }
  }
  return { models, enums };
}

/** The value of a named argument, or of the positional one at `position`. */
export function argument(
  attribute: Attribute | undefined,
  name: string,
  position?: number,
): Expr | undefined {
  if (!attribute) return undefined;
  const named = attribute.args.find((a) => a.name === name);
  if (named) return named.value;
  const positional = attribute.args.filter((a) => a.name === undefined);
  return position === undefined ? undefined : positional[position]?.value;
}

class Parser {
  private pos = 0;

  constructor(private readonly tokens: Token[]) {}

  done(): boolean {
    return this.pos >= this.tokens.length;
  }

  error(message: string): Error {
    const token = this.tokens[Math.min(this.pos, this.tokens.length - 1)];
    return new Error(`schema.prisma:${token?.line ?? 0}: ${message}`);
  }

  peek(offset = 0): Token | undefined {
    return this.tokens[this.pos + offset];
  }

  isPunct(value: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token?.type === "punct" && token.value === value;
  }

  expect(type: Token["type"], value?: string): Token {
    const token = this.peek();
    if (!token || token.type !== type || (value !== undefined && token.value !== value)) {
      throw this.error(
        `expected ${value ?? type}, found ${token ? JSON.stringify(token.value) : "end of file"}`,
      );
    }
    this.pos += 1;
    return token;
  }

  skipNewlines(): void {
    while (this.peek()?.type === "newline") this.pos += 1;
  }

  skipBlock(): void {
    this.expect("punct", "{");
    let depth = 1;
    while (depth > 0) {
      const token = this.peek();
      if (!token) throw this.error("unterminated block");
      if (token.type === "punct" && token.value === "{") depth += 1;
      if (token.type === "punct" && token.value === "}") depth -= 1;
      this.pos += 1;
    }
  }

  /** Calls `line` for each line of a `{ … }` block. */
  eachLine(line: () => void): void {
    this.expect("punct", "{");
    for (;;) {
      this.skipNewlines();
      if (this.isPunct("}")) {
        this.pos += 1;
        return;
      }
      line();
      if (!this.isPunct("}")) this.expect("newline");
    }
  }

  modelBody(name: string): PrismaModel {
    const fields: PrismaField[] = [];
    const blockAttributes: Attribute[] = [];
    this.eachLine(() => {
      if (this.isPunct("@@")) {
        this.pos += 1;
        blockAttributes.push(this.attribute());
        return;
      }
      const fieldName = this.expect("ident").value;
      const type = this.expect("ident").value;
      let unsupportedType: string | undefined;
      if (this.isPunct("(")) {
        const first = this.args()[0]?.value;
        if (type !== "Unsupported" || first?.kind !== "string")
          throw this.error(`unexpected arguments on type ${type}`);
        unsupportedType = first.value;
      }
      let optional = false;
      let list = false;
      if (this.isPunct("?")) {
        optional = true;
        this.pos += 1;
      } else if (this.isPunct("[") && this.isPunct("]", 1)) {
        list = true;
        this.pos += 2;
      }
      const attributes: Attribute[] = [];
      while (this.isPunct("@")) {
        this.pos += 1;
        attributes.push(this.attribute());
      }
      const mapped = argument(
        attributes.find((a) => a.name === "map"),
        "name",
        0,
      );
      const columnName = mapped?.kind === "string" ? mapped.value : fieldName;
      fields.push({
        name: fieldName,
        columnName,
        type,
        unsupportedType,
        kind: "scalar",
        optional,
        list,
        attributes,
      });
    });
    const mapped = argument(
      blockAttributes.find((a) => a.name === "map"),
      "name",
      0,
    );
    return { name, tableName: mapped?.kind === "string" ? mapped.value : name, fields, blockAttributes };
  }

  enumBody(name: string): PrismaEnum {
    const values: PrismaEnum["values"] = [];
    let dbName = name;
    this.eachLine(() => {
      if (this.isPunct("@@")) {
        this.pos += 1;
        const attribute = this.attribute();
        const mapped = argument(attribute, "name", 0);
        if (attribute.name === "map" && mapped?.kind === "string") dbName = mapped.value;
        return;
      }
      const value = this.expect("ident").value;
      let valueDbName = value;
      while (this.isPunct("@")) {
        this.pos += 1;
        const attribute = this.attribute();
        const mapped = argument(attribute, "name", 0);
        if (attribute.name === "map" && mapped?.kind === "string") valueDbName = mapped.value;
      }
      values.push({ name: value, dbName: valueDbName });
    });
    return { name, dbName, values };
  }

  /** After the @ or @@: a dotted name and optional arguments. */
  attribute(): Attribute {
    const name = this.dottedName();
    return { name, args: this.isPunct("(") ? this.args() : [] };
  }

  dottedName(): string {
    let name = this.expect("ident").value;
    while (this.isPunct(".")) {
      this.pos += 1;
      name += `.${this.expect("ident").value}`;
    }
    return name;
  }

  args(): Arg[] {
    this.expect("punct", "(");
    const args: Arg[] = [];
    this.skipNewlines();
    while (!this.isPunct(")")) {
      let name: string | undefined;
      if (this.peek()?.type === "ident" && this.isPunct(":", 1)) {
        name = this.expect("ident").value;
        this.pos += 1;
      }
      args.push({ name, value: this.expr() });
      this.skipNewlines();
      if (!this.isPunct(")")) this.expect("punct", ",");
      this.skipNewlines();
    }
    this.pos += 1;
    return args;
  }

  expr(): Expr {
    const token = this.peek();
    if (token?.type === "string") {
      this.pos += 1;
      return { kind: "string", value: token.value };
    }
    if (token?.type === "number") {
      this.pos += 1;
      return { kind: "number", value: Number(token.value) };
    }
    if (this.isPunct("[")) {
      this.pos += 1;
      const items: Expr[] = [];
      this.skipNewlines();
      while (!this.isPunct("]")) {
        items.push(this.expr());
        this.skipNewlines();
        if (!this.isPunct("]")) this.expect("punct", ",");
        this.skipNewlines();
      }
      this.pos += 1;
      return { kind: "array", items };
    }
    const name = this.dottedName();
    return this.isPunct("(") ? { kind: "ident", name, args: this.args() } : { kind: "ident", name };
  }
}
