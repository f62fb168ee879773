// This request's CSP nonce (see security.server.ts), for the inline scripts
// Remix renders. Provided by entry.server; in the browser it is empty, which
// is fine: scripts are only inserted on the server.
import { createContext, useContext } from "react";

export const NonceContext = createContext<string | undefined>(undefined);

export function useNonce(): string | undefined {
  return useContext(NonceContext);
}
