/** The station's version, shown in the UI and written into PDFs and diagnostics. */
export const STATION_VERSION = '0.1.0';
