/** localStorage key of the 大字 preference; its only valid value is "large" (anything else is dropped). */
export const TEXT_SIZE_KEY = 'shegong-text-size';
