import type { FleetDocumentInput } from "@bulbcheck/shared";

const CITIES = [
  "Oslo",
  "Bergen",
  "Trondheim",
  "Stavanger",
  "Tromsø",
  "Bodø",
  "København",
  "Aarhus",
  "Odense",
  "Aalborg",
  "Stockholm",
  "Göteborg",
  "Malmö",
  "Uppsala",
  "Örebro",
  "Umeå",
];
const KINDS = ["Hotel", "Store", "Café", "Gym"];

export const wallSiteId = (i: number) => `wall-${String(i).padStart(3, "0")}`;

/**
 * `count` sites for the wall board's bench: a zone and three assets each, no devices (their
 * summaries are what the board renders; devices would add nothing to its render).
 */
export function wallFleet(count: number): FleetDocumentInput {
  return {
    sites: Array.from({ length: count }, (_, i) => ({
      id: wallSiteId(i),
      name: `${KINDS[i % KINDS.length]} ${CITIES[i % CITIES.length]} ${Math.floor(i / CITIES.length) + 1}`,
      timezone: "Europe/Oslo",
      hours: { "mon-sun": "00:00-24:00" },
      zones: [
        {
          id: `${wallSiteId(i)}-lobby`,
          name: "Lobby",
          assets: [
            {
              id: `${wallSiteId(i)}-lamp`,
              name: "Ceiling lamp",
              category: "lighting",
              customerVisible: true,
            },
            {
              id: `${wallSiteId(i)}-floor`,
              name: "Entrance floor",
              category: "cleanliness",
              customerVisible: true,
            },
            {
              id: `${wallSiteId(i)}-door`,
              name: "Revolving door",
              category: "equipment",
              customerVisible: true,
            },
          ],
          checkpoints: [],
        },
      ],
      devices: [],
    })),
  } as FleetDocumentInput;
}

/** Defects at every third site, one to four of them: red, amber and busy tiles. */
export function wallDefects(count: number): { site: string; asset: string; fault: string }[] {
  const faults: [string, string][] = [
    ["door", "out_of_order"],
    ["lamp", "bulb_out"],
    ["floor", "dirty"],
    ["lamp", "flicker"],
  ];
  const out: { site: string; asset: string; fault: string }[] = [];
  for (let i = 0; i < count; i += 3)
    for (const [asset, fault] of faults.slice(0, 1 + (i % 4)))
      out.push({ site: wallSiteId(i), asset: `${wallSiteId(i)}-${asset}`, fault });
  return out;
}
