/**
 * node:http agents that follow the proxy variables, for clients built on node:http (the AWS SDK's
 * Node handler). Loaded by `sdkNetworkConfig` only when a proxy variable is set: each request
 * goes straight to its host, or through `http-proxy-agent` (an http:// URL, forwarded) or
 * `https-proxy-agent` (an https:// URL, through CONNECT), as `proxyFor` decides for its host.
 * Custom certificate authorities (NODE_EXTRA_CA_CERTS) apply as to any TLS connection of Node.
 */
import http from 'node:http';
import https from 'node:https';
import { Agent, type AgentConnectOpts } from 'agent-base';
import { HttpProxyAgent } from 'http-proxy-agent';
import { HttpsProxyAgent } from 'https-proxy-agent';
import { proxyFor } from './network';

type Env = Readonly<Record<string, string | undefined>>;

/** Picks, per request, the direct agent or the proxy's. */
class EnvProxyAgent extends Agent {
  private readonly direct: http.Agent;
  private readonly viaProxy = new Map<string, http.Agent>();

  constructor(
    private readonly env: Env,
    private readonly secure: boolean,
  ) {
    super({ keepAlive: true });
    this.protocol = secure ? 'https:' : 'http:';
    this.direct = secure
      ? new https.Agent({ keepAlive: true, maxSockets: 50 })
      : new http.Agent({ keepAlive: true, maxSockets: 50 });
  }

  override isSecureEndpoint(): boolean {
    return this.secure;
  }

  connect(_req: http.ClientRequest, options: AgentConnectOpts): http.Agent {
    const host = options.host?.includes(':') ? `[${options.host}]` : options.host;
    const target = new URL(`${this.secure ? 'https' : 'http'}://${host}:${options.port}`);
    const proxy = proxyFor(target, this.env);
    if (!proxy) return this.direct;
    let agent = this.viaProxy.get(proxy.href);
    if (!agent) {
      agent = this.secure
        ? new HttpsProxyAgent(proxy, { keepAlive: true })
        : new HttpProxyAgent(proxy, { keepAlive: true });
      this.viaProxy.set(proxy.href, agent);
    }
    return agent;
  }

  override destroy(): void {
    this.direct.destroy();
    for (const agent of this.viaProxy.values()) agent.destroy();
    super.destroy();
  }
}

/** The `httpAgent` and `httpsAgent` of a Node HTTP handler that follow the proxy variables of `env`. */
export function nodeProxyAgents(env: Env): { httpAgent: http.Agent; httpsAgent: https.Agent } {
  return {
    httpAgent: new EnvProxyAgent(env, false),
    httpsAgent: new EnvProxyAgent(env, true) as unknown as https.Agent,
  };
}
