-- Search (issue 8). Article."searchVector" (title A, summary B, body C) stays what every match
-- is decided on; these two small vectors let search avoid it where it is expensive. At ~5.6 KB
-- the full vector is compressed out of line, and decompressing it costs ~17 µs a row: ranking
-- every match of a common word on 100k articles took seconds.
--
-- "searchHead": title (A) and summary (B) only, a few hundred bytes kept in the row. It finds
-- the title and summary matches among many matches and gives the title's share of the rank.
-- "titleWords": the title's words as typed (the 'simple' configuration, no stemming), for the
-- search box's prefix suggestions: "kustomiz" is a prefix of "kustomize" but not of its English
-- stem "kustom".
--
-- Both ADD COLUMNs are one statement, so the table is rewritten once.

-- AlterTable
ALTER TABLE "Article"
    ADD COLUMN "searchHead" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english'::regconfig, "title"), 'A') ||
        setweight(to_tsvector('english'::regconfig, "summary"), 'B')
    ) STORED,
    ADD COLUMN "titleWords" tsvector GENERATED ALWAYS AS (
        to_tsvector('simple'::regconfig, "title")
    ) STORED;

-- CreateIndex
CREATE INDEX "Article_searchHead_idx" ON "Article" USING GIN ("searchHead");

-- CreateIndex
CREATE INDEX "Article_titleWords_idx" ON "Article" USING GIN ("titleWords");
