/**
 * All shipped datasets, in load order (referenced tables first).
 */
import type { AnyDatasetSpec } from '../columns';
import { aliases } from './aliases';
import { dataChanges } from './data-changes';
import { emrAccess } from './emr-access';
import { federalDistricts } from './federal-districts';
import { funding } from './funding';
import { fundingNotes } from './funding-notes';
import { internet } from './internet';
import { population } from './population';
import { regions } from './regions';
import { sources } from './sources';
import { usage } from './usage';

export { aliases, dataChanges, emrAccess, federalDistricts, funding, fundingNotes, internet, population, regions, sources, usage };

export const datasets: readonly AnyDatasetSpec[] = [
	sources,
	federalDistricts,
	regions,
	population,
	aliases,
	emrAccess,
	usage,
	funding,
	fundingNotes,
	internet,
	dataChanges
];
