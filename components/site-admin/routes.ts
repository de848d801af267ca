import { ADMIN_ROLES, EDITORIAL_ROLES } from "@/lib/auth/guards";
import { events, pages, videos } from "@/lib/site-admin/content";
import { categoryService, moveCategory, moveZone, zoneService } from "@/lib/site-admin/taxonomy";
import {
  categoryInputSchema,
  eventInputSchema,
  pageInputSchema,
  videoInputSchema,
  zoneInputSchema,
} from "@/lib/validation/site-admin";
import { adminRoutes, moveRoute } from "./admin-routes";
import { toCategoryDto, toEventDto, toPageDto, toVideoDto, toZoneDto } from "./dto";

// Who may manage what (docs/architecture.md "Site management"): the site's structure and its
// content pages are the admins'; events and videos are everyday editorial work.

export const categoryRoutes = adminRoutes({
  service: categoryService,
  schema: categoryInputSchema,
  toDto: toCategoryDto,
  roles: ADMIN_ROLES,
  area: "categories",
  noun: "category",
});

export const moveCategoryRoute = moveRoute({
  move: moveCategory,
  roles: ADMIN_ROLES,
  area: "categories",
  noun: "category",
});

export const zoneRoutes = adminRoutes({
  service: zoneService,
  schema: zoneInputSchema,
  toDto: toZoneDto,
  roles: ADMIN_ROLES,
  area: "zones",
  noun: "zone",
});

export const moveZoneRoute = moveRoute({ move: moveZone, roles: ADMIN_ROLES, area: "zones", noun: "zone" });

export const eventRoutes = adminRoutes({
  service: events,
  schema: eventInputSchema,
  toDto: toEventDto,
  roles: EDITORIAL_ROLES,
  area: "events",
  noun: "event",
});

export const videoRoutes = adminRoutes({
  service: videos,
  schema: videoInputSchema,
  toDto: toVideoDto,
  roles: EDITORIAL_ROLES,
  area: "videos",
  noun: "video",
});

export const pageRoutes = adminRoutes({
  service: pages,
  schema: pageInputSchema,
  toDto: toPageDto,
  roles: ADMIN_ROLES,
  area: "content pages",
  noun: "page",
});
