"use client";
/**
 * Country, city, date-time and time zone. Without JavaScript the zone may be left on "the
 * country's time zone" and the server fills it in when the country has only one. With
 * JavaScript, choosing a country preselects its (first) zone, lists its zones at the top, and
 * says so when there are several to choose from.
 */
import { useEffect, useRef, useState } from "react";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { Option, SlipFormLabels, ValueOf } from "@/server/slips/slip-form-types";

type Props = {
  labels: SlipFormLabels["form"];
  countries: Option[];
  timeZones: Option[];
  zonesByCountry: Record<string, string[]>;
  valueOf: ValueOf;
  errorsOf: (name: string) => string[] | undefined;
};

export function PlaceTimeFields({ labels, countries, timeZones, zonesByCountry, valueOf, errorsOf }: Props) {
  const [country, setCountry] = useState(valueOf("country"));
  const countryChosen = useRef(false);
  const zoneSelect = useRef<HTMLSelectElement>(null);
  const countryZones = zonesByCountry[country] ?? [];
  const labelOf = new Map(timeZones.map((zone) => [zone.value, zone.label]));
  const currentZone = valueOf("timeZone");

  // After the country's zones are rendered at the top, preselect the first (most visited) one.
  useEffect(() => {
    const first = zonesByCountry[country]?.[0];
    if (countryChosen.current && first && zoneSelect.current) zoneSelect.current.value = first;
  }, [country, zonesByCountry]);

  function chooseCountry(next: string) {
    countryChosen.current = true;
    setCountry(next);
  }

  return (
    <>
      <SelectField name="country" label={labels.country} defaultValue={valueOf("country")} errors={errorsOf("country")} required onChange={(e) => chooseCountry(e.target.value)}>
        <option value="">{labels.choose}</option>
        {countries.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </SelectField>
      <TextField name="city" label={labels.city} defaultValue={valueOf("city")} errors={errorsOf("city")} autoComplete="off" />
      <TextField
        name="localDateTime"
        type="datetime-local"
        label={labels.localDateTime}
        hint={labels.localDateTimeHint}
        defaultValue={valueOf("localDateTime")}
        errors={errorsOf("localDateTime")}
        required
      />
      <SelectField
        ref={zoneSelect}
        name="timeZone"
        label={labels.timeZone}
        hint={countryZones.length > 1 ? labels.timeZoneSeveral : labels.timeZoneHint}
        defaultValue={currentZone}
        errors={errorsOf("timeZone")}
      >
        <option value="">{labels.timeZoneFromCountry}</option>
        {currentZone && !labelOf.has(currentZone) ? <option value={currentZone}>{currentZone}</option> : null}
        {countryZones.length > 0 ? (
          <optgroup label={labels.timeZoneCountryGroup}>
            {countryZones.map((zone) => (
              <option key={`country-${zone}`} value={zone}>
                {labelOf.get(zone) ?? zone}
              </option>
            ))}
          </optgroup>
        ) : null}
        <optgroup label={labels.timeZoneAllGroup}>
          {/* Never filtered: removing the selected <option> would silently change the choice. */}
          {timeZones.map((zone) => (
            <option key={zone.value} value={zone.value}>
              {zone.label}
            </option>
          ))}
        </optgroup>
      </SelectField>
    </>
  );
}
