/**
 * Geocoding error figures as in Gritta et al. ("What's missing in geographical parsing?", 2018,
 * and the CamCoder code): great-circle error in km, accuracy within 161 km (100 miles), mean
 * error, and the area under the curve of the sorted log errors (trapezoid rule, scaled by the log
 * of half the Earth's circumference, so 0 is perfect and 1 is the worst).
 */

const EARTH_RADIUS_KM = 6371;
/** Half the Earth's circumference: the largest possible error. */
export const MAX_ERROR_KM = 20_039;
/** The accuracy radius: 161 km (100 miles). */
export const ACCURACY_KM = 161;

/** Great-circle distance in km between two points in degrees. */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const radians = Math.PI / 180;
  const dLat = (lat2 - lat1) * radians;
  const dLon = (lon2 - lon1) * radians;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * radians) * Math.cos(lat2 * radians) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** The summary of a list of errors. */
export interface ErrorSummary {
  readonly count: number;
  /** Share of errors under 161 km. */
  readonly accuracy161: number;
  readonly meanKm: number;
  /** Area under the curve of log errors, 0 best, 1 worst. */
  readonly auc: number;
}

/** Summarise errors in km (each capped at {@link MAX_ERROR_KM}). */
export function summariseErrors(errorsKm: readonly number[]): ErrorSummary {
  const errors = errorsKm.map((km) => Math.min(Math.max(km, 0), MAX_ERROR_KM)).sort((a, b) => a - b);
  const count = errors.length;
  if (count === 0) return { count, accuracy161: 0, meanKm: 0, auc: 0 };
  const logs = errors.map((km) => Math.log(km + 1));
  let area = 0;
  for (let index = 1; index < count; index += 1) area += ((logs[index - 1] ?? 0) + (logs[index] ?? 0)) / 2;
  const auc = count === 1 ? (logs[0] ?? 0) / Math.log(MAX_ERROR_KM) : area / ((count - 1) * Math.log(MAX_ERROR_KM));
  return {
    count,
    accuracy161: errors.filter((km) => km < ACCURACY_KM).length / count,
    meanKm: errors.reduce((sum, km) => sum + km, 0) / count,
    auc,
  };
}
