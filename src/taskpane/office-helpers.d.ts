/** The part of @microsoft/office-js-helpers' prebuilt bundle that platform.ts uses. */
declare module '@microsoft/office-js-helpers/dist/office.helpers.min.js' {
  export enum StorageType {
    LocalStorage = 0,
    SessionStorage = 1,
    InMemoryStorage = 2,
  }
  export class Storage<T> {
    constructor(container: string, type?: StorageType);
    get(key: string): T | undefined;
    set(key: string, value: T): T;
  }
  export class Utilities {
    static readonly host: string;
    static readonly platform: string;
    static readonly isAddin: boolean;
  }
}
