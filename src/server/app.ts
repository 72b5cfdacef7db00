import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { existsSync } from 'node:fs';
import { API_ROUTES } from '../api/routes.js';
import type { AppContext } from '../kernel/context.js';
import { installAccessControl, type RegisteredRoute } from './access.js';
import { refusalOfDatabaseError } from '../kernel/complete-scores-refusal.js';
import { handleError } from '../kernel/error-handler.js';
import { AppError } from '../kernel/errors.js';
import { SAFE_LOG_OPTIONS } from '../kernel/log-safety.js';
import type { DestinationStream } from 'pino';
import { frameworkError, installInputBoundary } from '../kernel/input-boundary.js';
import { checkResponses as installResponseChecks } from './response-check.js';
import { answerClientError, limitConcurrentUploads, setPrivacyHeaders } from './http-hardening.js';
import { DEFAULT_HTTP_SETTINGS, type HttpSettings } from './http-settings.js';

/**
 * What pages of Kompass may load: only its own scripts, styles and data. Inline style
 * attributes are allowed (bar widths are set that way); inline scripts and <style> are not.
 */
const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  styleSrcAttr: ["'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

export interface BuildAppOptions {
  context: AppContext;
  /** Directory with the built web app; when absent the API runs alone. */
  webDir?: string;
  logLevel?: string;
  /** Where the log goes (tests read it); standard output when absent. */
  logStream?: DestinationStream;
  /** Behind a reverse proxy: take the client's address and protocol from X-Forwarded-* headers. */
  trustProxy?: boolean;
  /**
   * Tests: check every response body against its route's contract schema and answer 500 naming
   * the route and the issue when it does not match. Off in production (plain JSON).
   */
  checkResponses?: boolean;
  /** Timeouts and limits against slow clients (defaults: DEFAULT_HTTP_SETTINGS). */
  http?: Partial<HttpSettings>;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route with its access rule (the authorisation matrix test walks it). */
    kompassRoutes: RegisteredRoute[];
  }
}

/**
 * Requests are validated by the routes' zod schemas. Responses are shaped by presenters and typed
 * by the schemas; serialising them is plain JSON. Given as the compilers' factory (what
 * setValidatorCompiler and setSerializerCompiler install), so Fastify never loads its default
 * compilers, Ajv and fast-json-stringify: about a third of a second at every start. Fastify types
 * the factory for Ajv; ours compiles zod schemas, hence the cast.
 */
const ZOD_COMPILERS = {
  buildValidator: () => validatorCompiler,
  buildSerializer: () => () => (data: unknown) => JSON.stringify(data),
} as unknown as NonNullable<FastifyServerOptions['schemaController']>['compilersFactory'];

/** Builds the HTTP application (API, OpenAPI docs, web app). Does not listen. */
export async function buildApp({ context, webDir, logLevel = 'info', trustProxy = false, checkResponses = false, http: httpOptions, logStream }: BuildAppOptions): Promise<FastifyInstance> {
  const http = { ...DEFAULT_HTTP_SETTINGS, ...httpOptions };
  const headersTimeout = Math.min(http.headersTimeoutMs, http.requestTimeoutMs);
  const app = Fastify({
    // Slow clients: a request must arrive whole within requestTimeout (its headers within
    // headersTimeout), else 408 and the connection closes; a silent connection closes after the
    // idle timeout. Node checks the first two every connectionsCheckingInterval (30 s by default).
    requestTimeout: http.requestTimeoutMs,
    connectionTimeout: http.idleTimeoutMs,
    keepAliveTimeout: http.keepAliveTimeoutMs,
    http: {
      headersTimeout,
      maxHeaderSize: http.maxHeaderBytes,
      connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(headersTimeout / 4))),
    },
    logger: logLevel === 'silent' ? false : { level: logLevel, ...SAFE_LOG_OPTIONS, ...(logStream ? { stream: logStream } : {}) },
    // One log line per request costs more than a cached read; keep them for debugging.
    logController: new LogController({ disableRequestLogging: !['debug', 'trace'].includes(logLevel) }),
    bodyLimit: 1_048_576,
    // Long ids in URLs are rejected by the schemas; keep Fastify from spending time on absurd ones.
    routerOptions: { maxParamLength: 200 },
    trustProxy,
    schemaController: { compilersFactory: ZOD_COMPILERS },
    // A URL that does not decode or an over-long path parameter: answered in the app's format.
    frameworkErrors: frameworkError,
    clientErrorHandler: answerClientError,
  }).withTypeProvider<ZodTypeProvider>();
  if (checkResponses) installResponseChecks(app);
  setPrivacyHeaders(app);
  limitConcurrentUploads(app, http.maxConcurrentUploads);

  // The database refuses a write that would leave an evaluation incomplete, whichever route made
  // it (a deferred trigger, at commit): that refusal answers like the app's own, naming the units.
  app.setErrorHandler((error, request, reply) => handleError(refusalOfDatabaseError(error, context.catalogue) as Error, request, reply));

  // Before any route: no text with control characters or lone surrogates, no malformed JSON,
  // reaches a route's schema or the database (src/kernel/input-boundary.ts).
  installInputBoundary(app);

  // Before any route: every route registered from here on is checked for its access rule.
  app.decorate('kompassRoutes', await installAccessControl(app, context));

  // HSTS only over HTTPS: setPrivacyHeaders.
  await app.register(fastifyHelmet, { contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY }, strictTransportSecurity: false });

  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Kompass API', description: 'Kommunkompassen evaluations, frameworks and municipalities', version: '0.1.0' },
    },
    transform: jsonSchemaTransform,
  });
  // The API docs page (swagger-ui) sets its own CSP. Its widgets set inline styles, and the app
  // is often served over plain HTTP on a local network, where upgrading requests would break it.
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    transformStaticCSP: (header) =>
      header.replace(/\s*upgrade-insecure-requests;?/, '').replace("style-src 'self' https:", "style-src 'self' 'unsafe-inline'"),
  });

  for (const routes of API_ROUTES) await app.register(routes, { prefix: '/api', context });
  app.addHook('onClose', async () => context.importQueue.stop());
  app.addHook('onClose', async () => context.pdf.close());

  if (webDir && existsSync(webDir)) {
    await app.register(fastifyStatic, {
      root: webDir,
      wildcard: false,
      index: false,
      // Built files carry a content hash in their name: browsers keep them without asking again.
      setHeaders: (reply, path) => {
        if (/[\\/]assets[\\/]/.test(path)) reply.header('cache-control', 'public, max-age=31536000, immutable');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || request.method !== 'GET' || !webDir || !existsSync(webDir)) {
      throw new AppError('not_found', `No route ${request.method} ${request.url.split('?')[0]}`);
    }
    // Client-side routes: the web app decides what to show (including its own "not found" page).
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  });
  return app;
}
