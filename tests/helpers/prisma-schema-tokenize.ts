// Splits schema.prisma into tokens. Newlines are tokens (fields are one per line);
// comments, including /// doc comments, are dropped, but not "//" inside strings.

export interface Token {
  type: "ident" | "string" | "number" | "punct" | "newline";
  value: string;
  line: number;
}

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let line = 1;
  let i = 0;
  while (i < source.length) {
    const c = source.charAt(i);
    if (c === "\n") {
      tokens.push({ type: "newline", value: "\n", line });
      line += 1;
      i += 1;
    } else if (c === " " || c === "\t" || c === "\r") {
      i += 1;
    } else if (source.startsWith("//", i)) {
      while (i < source.length && source.charAt(i) !== "\n") i += 1;
    } else if (c === '"') {
      let value = "";
      i += 1;
      while (i < source.length && source.charAt(i) !== '"') {
        if (source.charAt(i) === "\n") throw new Error(`schema.prisma:${line}: unterminated string`);
        if (source.charAt(i) === "\\") i += 1;
        value += source.charAt(i);
        i += 1;
      }
      if (i >= source.length) throw new Error(`schema.prisma:${line}: unterminated string`);
      i += 1;
      tokens.push({ type: "string", value, line });
    } else if (source.startsWith("@@", i)) {
      tokens.push({ type: "punct", value: "@@", line });
      i += 2;
    } else if (/[A-Za-z_]/.test(c)) {
      const match = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(i))?.[0] ?? c;
      tokens.push({ type: "ident", value: match, line });
      i += match.length;
    } else if (/[-0-9]/.test(c)) {
      const match = /^-?[0-9]+(\.[0-9]+)?/.exec(source.slice(i))?.[0];
      if (!match) throw new Error(`schema.prisma:${line}: unexpected "${c}"`);
      tokens.push({ type: "number", value: match, line });
      i += match.length;
    } else if ("{}()[],:?.=@".includes(c)) {
      tokens.push({ type: "punct", value: c, line });
      i += 1;
    } else {
      throw new Error(`schema.prisma:${line}: unexpected "${c}"`);
    }
  }
  return tokens;
}
