import type { FleetDocument } from "@bulbcheck/shared";
import { fleetCsv } from "./fleet-to-sheet.ts";

/**
 * The template to start a sheet from: two sites with a few rows of every kind, each showing a
 * column's forms (hours with a holiday, a list of assets, a button serving one checkpoint and a
 * customer button serving none). It imports as it is into an installation that has none of it.
 */
export const TEMPLATE_FLEET: FleetDocument = {
  sites: [
    {
      id: "hotel-oslo",
      name: "Hotel Oslo Sentrum",
      address: "Karl Johans gate 1, 0154 Oslo",
      timezone: "Europe/Oslo",
      language: "nb",
      hours: { "mon-fri": "06:00-23:00", "sat-sun": "08:00-22:00", "2026-12-25": "closed" },
      zones: [
        {
          id: "lobby",
          name: "Lobby",
          assets: [
            { id: "lobby-lamp", name: "Ceiling lamp", category: "lighting", customerVisible: true },
            {
              id: "lobby-floor",
              name: "Lobby floor",
              category: "cleanliness",
              customerVisible: true,
            },
          ],
          checkpoints: [
            {
              id: "lobby-check",
              name: "Lobby round",
              intervalMinutes: 240,
              assets: ["lobby-lamp", "lobby-floor"],
            },
          ],
        },
        {
          id: "elevator-a",
          name: "Elevator A",
          assets: [
            {
              id: "elev-a-btn-12",
              name: "Button 12 light",
              category: "equipment",
              customerVisible: true,
            },
          ],
          checkpoints: [
            {
              id: "elev-a-check",
              name: "Elevator A",
              intervalMinutes: 480,
              assets: ["elev-a-btn-12"],
            },
          ],
        },
      ],
      devices: [
        {
          id: "hotel-oslo-lobby-sensor",
          kind: "sensor",
          name: "Lobby light sensor",
          intervalSeconds: 60,
          watches: ["lobby-lamp"],
        },
        {
          id: "hotel-oslo-lobby-pad",
          kind: "button",
          name: "Lobby staff pad",
          intervalSeconds: 3600,
          watches: [],
          serves: ["lobby-check"],
        },
      ],
    },
    {
      id: "store-bergen",
      name: "Store Bergen Torget",
      address: null,
      timezone: "Europe/Oslo",
      language: "en",
      hours: { "mon-sat": "09:00-20:00", sun: "closed" },
      zones: [
        {
          id: "fitting-rooms",
          name: "Fitting rooms",
          assets: [
            {
              id: "fitting-mirror",
              name: "Mirror, room 3",
              category: "cleanliness",
              customerVisible: true,
            },
          ],
          checkpoints: [],
        },
      ],
      devices: [
        {
          id: "store-bergen-feedback",
          kind: "button",
          name: "Customer feedback button",
          intervalSeconds: 86_400,
          watches: [],
          serves: [],
        },
      ],
    },
  ],
};

export const templateCsv = (): string => fleetCsv(TEMPLATE_FLEET);
