/** File sizes for the import page: «12,3 МБ», «850 КБ», «1,2 ГБ». */
import type { Text } from '$lib/i18n/text';

export function formatBytes(bytes: number, text: Text): string {
	if (bytes >= 1024 ** 3) return text.t('import.bytes.gb', { n: text.decimal(bytes / 1024 ** 3, 1) });
	if (bytes >= 1024 ** 2) return text.t('import.bytes.mb', { n: text.decimal(bytes / 1024 ** 2, 1) });
	return text.t('import.bytes.kb', { n: text.decimal(Math.max(bytes, 1) / 1024, 1) });
}
