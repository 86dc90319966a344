export type { AcceptedPublish, BeforeAck } from "./auth/authorize.ts";
export { LoginGuard, type LoginGuardOptions } from "./auth/login-guard.ts";
export { type BrokerAddresses, type BrokerOptions, BulbBroker, createBroker } from "./broker.ts";
export { type BrokerConfig, brokerOptionsOf, brokerSettingsSchema, readConfig } from "./config.ts";
export {
  keyFileOf,
  loadCredentialsFile,
  RehashWriter,
  saveCredentialsFile,
  watchCredentialsFile,
} from "./credentials/credentials-file.ts";
export {
  MemoryCredentials,
  type MemoryCredentialsOptions,
} from "./credentials/memory-credentials.ts";
export type {
  CredentialsProvider,
  DevicePrincipal,
  Principal,
  ServicePrincipal,
} from "./credentials/principal.ts";
export {
  checkSecret,
  generateSecret,
  generateSecretKey,
  hashLegacySecret,
  hashSecret,
  isLegacyHash,
  type SecretCheck,
} from "./credentials/secret-hash.ts";
export {
  makeDataFolder,
  makePrivateFile,
  type WideEntry,
  widerThanPrivate,
  widerThanPrivateWarning,
} from "./data-folder.ts";
export type { BrokerStats } from "./stats.ts";
