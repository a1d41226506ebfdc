/** The shape of a retention period, apart from its parsing (periods.ts), so language packs can name it. */
/** "minute" only comes from cookie durations (spec §9); the prose grammar reads hours and longer. */
export type Unit = "minute" | "hour" | "day" | "week" | "month" | "year";

export type Period =
  | { kind: "duration"; amount: number; unit: Unit }
  | { kind: "until"; event: string }
  | { kind: "session" }
  | { kind: "indefinite" };
