import type { FleetDocumentInput } from "@bulbcheck/shared";
import type { AssetKind } from "./asset-profiles.ts";

/**
 * The demo chain: two hotels, three stores and an office building, with the zones where basics
 * fail in front of customers. Built by code rather than written out, so that it stays consistent:
 * every zone has a staff pad at its checkpoint (which it serves, and whose assets it resolves),
 * sensors watch what sensors can watch, and customer-facing zones have a feedback button (which
 * serves nothing: it only reports).
 */

type FleetSite = FleetDocumentInput["sites"][number];
type FleetZone = NonNullable<FleetSite["zones"]>[number];
type FleetAsset = NonNullable<FleetZone["assets"]>[number];
type FleetDevice = NonNullable<FleetSite["devices"]>[number];

export interface DemoFleet {
  document: FleetDocumentInput;
  /** `site/asset` -> what kind of thing it is, for how it fails. */
  kinds: Map<string, AssetKind>;
}

const CATEGORY: Record<AssetKind, FleetAsset["category"]> = {
  lamp: "lighting",
  button_light: "lighting",
  call_button: "equipment",
  door: "equipment",
  floor: "cleanliness",
  dispenser: "supplies",
  sign: "signage",
  terminal: "equipment",
  mirror: "cleanliness",
};

/** What sensors exist for: lamps, button lights, dispensers and doors. */
const SENSED: ReadonlySet<AssetKind> = new Set(["lamp", "button_light", "dispenser", "door"]);

interface AssetSpec {
  id: string;
  name: string;
  kind: AssetKind;
  visible?: boolean;
}

interface ZoneSpec {
  id: string;
  name: string;
  assets: AssetSpec[];
  /** Minutes between staff checks; none for zones nobody walks. */
  checkEvery?: number;
  /** A customer feedback button hangs here. */
  feedback?: boolean;
}

class SiteBuilder {
  readonly site: FleetSite & { zones: FleetZone[]; devices: FleetDevice[] };
  readonly #kinds: Map<string, AssetKind>;

  constructor(
    kinds: Map<string, AssetKind>,
    site: Pick<FleetSite, "id" | "name" | "address" | "timezone" | "hours">,
  ) {
    this.#kinds = kinds;
    this.site = { ...site, zones: [], devices: [] };
  }

  zone(spec: ZoneSpec): this {
    const { site } = this;
    const assets = spec.assets.map((a) => ({
      id: `${spec.id}-${a.id}`,
      name: a.name,
      category: CATEGORY[a.kind],
      customerVisible: a.visible ?? true,
    }));
    for (const [i, a] of spec.assets.entries())
      this.#kinds.set(`${site.id}/${assets[i]?.id}`, a.kind);
    const checkpoints = spec.checkEvery
      ? [
          {
            id: `${spec.id}-check`,
            name: spec.name,
            intervalMinutes: spec.checkEvery,
            assets: assets.map((a) => a.id),
          },
        ]
      : [];
    site.zones.push({ id: spec.id, name: spec.name, assets, checkpoints });

    const watched = assets.filter((_, i) => SENSED.has((spec.assets[i] as AssetSpec).kind));
    if (watched.length > 0) {
      site.devices.push({
        id: `${site.id}-${spec.id}-sensor`,
        kind: "sensor",
        name: `${spec.name} sensor`,
        intervalSeconds: 60,
        watches: watched.map((a) => a.id),
      });
    }
    // Scopes: a pad serves its zone's checkpoint (and so resolves what that covers); a
    // feedback button only reports.
    if (spec.checkEvery) {
      site.devices.push({
        id: `${site.id}-${spec.id}-pad`,
        kind: "button",
        name: `${spec.name} staff pad`,
        intervalSeconds: 3600,
        serves: checkpoints.map((c) => c.id),
      });
    }
    if (spec.feedback) {
      site.devices.push({
        id: `${site.id}-${spec.id}-feedback`,
        kind: "button",
        name: `${spec.name} feedback button`,
        intervalSeconds: 3600,
        serves: [],
      });
    }
    return this;
  }
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

function elevator(letter: string, floors: number): ZoneSpec {
  return {
    id: `elevator-${letter}`,
    name: `Elevator ${letter.toUpperCase()}`,
    checkEvery: 240,
    assets: [
      ...range(floors).map((f) => ({
        id: `btn-${f}`,
        name: `Floor button ${f} light`,
        kind: "button_light" as const,
      })),
      ...range(floors).map((f) => ({
        id: `call-${f}`,
        name: `Call button, floor ${f}`,
        kind: "call_button" as const,
      })),
      { id: "lamp", name: "Ceiling lamp", kind: "lamp" },
      { id: "floor", name: "Floor", kind: "floor" },
      { id: "mirror", name: "Mirror", kind: "mirror" },
    ],
  };
}

function restroom(id: string, name: string): ZoneSpec {
  return {
    id,
    name,
    checkEvery: 120,
    feedback: true,
    assets: [
      { id: "soap", name: "Soap dispenser", kind: "dispenser" },
      { id: "towels", name: "Paper towels", kind: "dispenser" },
      { id: "paper", name: "Toilet paper", kind: "dispenser" },
      { id: "floor", name: "Floor", kind: "floor" },
      { id: "lamp", name: "Lamp", kind: "lamp" },
      { id: "mirror", name: "Mirror", kind: "mirror" },
    ],
  };
}

function hotel(
  kinds: Map<string, AssetKind>,
  id: string,
  name: string,
  address: string,
  floors: number,
): FleetSite {
  return new SiteBuilder(kinds, { id, name, address, timezone: "Europe/Oslo" })
    .zone({
      id: "entrance",
      name: "Entrance",
      checkEvery: 240,
      assets: [
        { id: "door", name: "Revolving door", kind: "door" },
        { id: "sign", name: "Hotel sign", kind: "sign" },
        { id: "lamp", name: "Canopy lamp", kind: "lamp" },
        { id: "floor", name: "Entrance mat and floor", kind: "floor" },
      ],
    })
    .zone({
      id: "lobby",
      name: "Lobby",
      checkEvery: 180,
      feedback: true,
      assets: [
        ...range(4).map((i) => ({
          id: `lamp-${i}`,
          name: `Chandelier ${i}`,
          kind: "lamp" as const,
        })),
        { id: "floor", name: "Lobby floor", kind: "floor" },
        { id: "desk-sign", name: "Reception sign", kind: "sign" },
        { id: "terminal", name: "Check-in kiosk", kind: "terminal" },
      ],
    })
    .zone(elevator("a", floors))
    .zone(elevator("b", floors))
    .zone(restroom("restroom-lobby", "Lobby restroom"))
    .zone({
      id: "breakfast",
      name: "Breakfast room",
      checkEvery: 120,
      feedback: true,
      assets: [
        { id: "floor", name: "Floor", kind: "floor" },
        { id: "napkins", name: "Napkin dispenser", kind: "dispenser" },
        { id: "lamp-1", name: "Lamp 1", kind: "lamp" },
        { id: "lamp-2", name: "Lamp 2", kind: "lamp" },
        { id: "menu-sign", name: "Menu board", kind: "sign" },
      ],
    }).site;
}

function store(
  kinds: Map<string, AssetKind>,
  id: string,
  name: string,
  address: string,
  timezone: string,
): FleetSite {
  return new SiteBuilder(kinds, {
    id,
    name,
    address,
    timezone,
    hours: { "mon-fri": "10:00-20:00", sat: "10:00-18:00", sun: "12:00-17:00" },
  })
    .zone({
      id: "entrance",
      name: "Entrance",
      checkEvery: 180,
      assets: [
        { id: "door", name: "Automatic door", kind: "door" },
        { id: "sign", name: "Store sign", kind: "sign" },
        { id: "floor", name: "Entrance floor", kind: "floor" },
      ],
    })
    .zone({
      id: "sales",
      name: "Sales floor",
      checkEvery: 120,
      feedback: true,
      assets: [
        ...range(6).map((i) => ({
          id: `lamp-${i}`,
          name: `Spotlight row ${i}`,
          kind: "lamp" as const,
        })),
        { id: "floor", name: "Sales floor", kind: "floor" },
        { id: "price-signs", name: "Price signs", kind: "sign" },
      ],
    })
    .zone({
      id: "fitting",
      name: "Fitting rooms",
      checkEvery: 60,
      feedback: true,
      assets: range(4).flatMap((i) => [
        { id: `room-${i}-lamp`, name: `Room ${i} lamp`, kind: "lamp" as const },
        { id: `room-${i}-mirror`, name: `Room ${i} mirror`, kind: "mirror" as const },
        { id: `room-${i}-floor`, name: `Room ${i} floor`, kind: "floor" as const },
      ]),
    })
    .zone(restroom("restroom", "Customer restroom"))
    .zone({
      id: "checkout",
      name: "Checkout",
      checkEvery: 120,
      assets: [
        { id: "terminal-1", name: "Card terminal 1", kind: "terminal" },
        { id: "terminal-2", name: "Card terminal 2", kind: "terminal" },
        { id: "lamp", name: "Checkout lamp", kind: "lamp" },
        { id: "floor", name: "Checkout floor", kind: "floor" },
        { id: "bags", name: "Bag dispenser", kind: "dispenser" },
      ],
    }).site;
}

function office(kinds: Map<string, AssetKind>): FleetSite {
  return new SiteBuilder(kinds, {
    id: "office-oslo",
    name: "Office Fjordbyen",
    address: "Dronning Eufemias gate 16, Oslo",
    timezone: "Europe/Oslo",
    hours: { "mon-fri": "07:00-19:00" },
  })
    .zone({
      id: "lobby",
      name: "Lobby",
      checkEvery: 240,
      assets: [
        { id: "door", name: "Main door", kind: "door" },
        { id: "lamp-1", name: "Lobby lamp 1", kind: "lamp" },
        { id: "lamp-2", name: "Lobby lamp 2", kind: "lamp" },
        { id: "floor", name: "Lobby floor", kind: "floor" },
        { id: "directory", name: "Tenant directory", kind: "sign" },
      ],
    })
    .zone(elevator("a", 6))
    .zone(restroom("restroom-2f", "Restroom 2F"))
    .zone(restroom("restroom-4f", "Restroom 4F"))
    .zone({
      id: "kitchen",
      name: "Kitchen 3F",
      checkEvery: 180,
      assets: [
        { id: "floor", name: "Kitchen floor", kind: "floor" },
        { id: "soap", name: "Soap dispenser", kind: "dispenser" },
        { id: "lamp", name: "Kitchen lamp", kind: "lamp" },
      ],
    }).site;
}

export function demoFleet(): DemoFleet {
  const kinds = new Map<string, AssetKind>();
  const document: FleetDocumentInput = {
    sites: [
      hotel(kinds, "hotel-oslo", "Hotel Oslo Sentrum", "Karl Johans gate 12, Oslo", 12),
      hotel(kinds, "hotel-bergen", "Hotel Bergen Bryggen", "Bryggen 5, Bergen", 8),
      store(
        kinds,
        "store-stockholm",
        "Store Stockholm Drottninggatan",
        "Drottninggatan 50, Stockholm",
        "Europe/Stockholm",
      ),
      store(
        kinds,
        "store-copenhagen",
        "Store Copenhagen Strøget",
        "Østergade 20, København",
        "Europe/Copenhagen",
      ),
      store(
        kinds,
        "store-helsinki",
        "Store Helsinki Aleksi",
        "Aleksanterinkatu 30, Helsinki",
        "Europe/Helsinki",
      ),
      office(kinds),
    ].map((site) => ({ ...site, demo: true })),
  };
  return { document, kinds };
}
