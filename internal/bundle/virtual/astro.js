export const __comet = true;
