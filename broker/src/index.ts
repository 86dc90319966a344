export type { AcceptedPublish, BeforeAck } from "./auth/authorize.ts";
export { LoginGuard, type LoginGuardOptions } from "./auth/login-guard.ts";
export { type BrokerAddresses, type BrokerOptions, BulbBroker, createBroker } from "./broker.ts";
export { type BrokerConfig, brokerSettingsSchema, readConfig } from "./config.ts";
export {
  loadCredentialsFile,
  saveCredentialsFile,
  watchCredentialsFile,
} from "./credentials/credentials-file.ts";
export { MemoryCredentials } from "./credentials/memory-credentials.ts";
export type {
  CredentialsProvider,
  DevicePrincipal,
  Principal,
  ServicePrincipal,
} from "./credentials/principal.ts";
export {
  generateSecret,
  hashSecret,
  MACHINE_SECRET_COST,
  PASSWORD_COST,
  verifySecret,
} from "./credentials/secret-hash.ts";
export type { BrokerStats } from "./stats.ts";
