/* Just enough iCalendar (RFC 5545) reading to assert on feeds: unfolded content lines, grouped by VEVENT. */

export type IcsEvent = { lines: string[] };

/** Content lines with folding undone (a line break followed by a space or tab continues the previous line). */
export function unfoldIcs(text: string): string[] {
  return text
    .replace(/\r?\n[ \t]/g, "")
    .split(/\r?\n/)
    .filter((line) => line !== "");
}

export function icsEvents(text: string): IcsEvent[] {
  const events: IcsEvent[] = [];
  let current: string[] | null = null;
  for (const line of unfoldIcs(text)) {
    if (line === "BEGIN:VEVENT") current = [];
    else if (line === "END:VEVENT" && current) {
      events.push({ lines: current });
      current = null;
    } else current?.push(line);
  }
  return events;
}

/** The whole content line of a property ("DTSTART;TZID=Europe/Paris:20270401T093000"), or undefined. */
export function icsLine(event: IcsEvent, name: string): string | undefined {
  return event.lines.find((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`));
}

/** The value of a property, after its parameters. */
export function icsValue(event: IcsEvent, name: string): string | undefined {
  const line = icsLine(event, name);
  return line?.slice(line.indexOf(":") + 1);
}

/** iCalendar TEXT values escape commas, semicolons and backslashes. */
export function icsText(value: string): string {
  return value.replace(/\\([,;\\])/g, "$1").replace(/\\n/gi, "\n");
}

/** The event whose URL is the page of this meeting. */
export function eventForMeeting(events: IcsEvent[], slug: string): IcsEvent | undefined {
  return events.find((event) => icsValue(event, "URL")?.endsWith(`/rencontres/${slug}`));
}
