/** Version of this build (package version, plus a build id when one is given). */
declare const __APP_VERSION__: string;
