/** The shape of a retention period, apart from its parsing (periods.ts), so language packs can name it. */
export type Unit = "hour" | "day" | "week" | "month" | "year";

export type Period =
  | { kind: "duration"; amount: number; unit: Unit }
  | { kind: "until"; event: string }
  | { kind: "session" }
  | { kind: "indefinite" };
