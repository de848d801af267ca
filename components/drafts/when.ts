// Dates on Manage My Drafts: day and time (an author cares whether they saved this morning or
// yesterday), in UTC like every date the server renders (lib/format.ts), and said so.
export { formatDateTimeUtc as formatDateTime } from "@/lib/editorial/time";
