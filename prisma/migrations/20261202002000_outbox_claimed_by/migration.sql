-- The worker that holds a SENDING message's claim, so a message whose worker died can be found at
-- once (instead of when its lease ends) and treated as in doubt rather than sent again.
ALTER TABLE "EmailMessage" ADD COLUMN "claimedBy" TEXT;
