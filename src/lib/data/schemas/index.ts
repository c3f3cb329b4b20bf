/**
 * All shipped datasets, in load order (referenced tables first).
 */
import type { AnyDatasetSpec } from '../columns';
import { aliases } from './aliases';
import { emrAccess } from './emr-access';
import { federalDistricts } from './federal-districts';
import { funding } from './funding';
import { fundingNotes } from './funding-notes';
import { population } from './population';
import { regions } from './regions';
import { sources } from './sources';
import { usage } from './usage';

export { aliases, emrAccess, federalDistricts, funding, fundingNotes, population, regions, sources, usage };

export const datasets: readonly AnyDatasetSpec[] = [
	sources,
	federalDistricts,
	regions,
	population,
	aliases,
	emrAccess,
	usage,
	funding,
	fundingNotes
];
