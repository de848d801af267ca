-- Editorial workflow (issue 6): the scheduled-publish job of an approved article (so that a
-- schedule can be cancelled or moved), and the reason picked from the list when an editor rejects.

-- AlterTable
ALTER TABLE "Article" ADD COLUMN "scheduledJobId" TEXT;

-- AlterTable
ALTER TABLE "ArticleEvent" ADD COLUMN "reason" TEXT;
