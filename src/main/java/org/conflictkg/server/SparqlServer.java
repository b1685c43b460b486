package org.conflictkg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mgt.FusekiServerCtl;
import org.apache.jena.fuseki.mod.admin.FMod_Admin;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.validation.DataValidator;
import org.apache.jena.fuseki.validation.IRIValidator;
import org.apache.jena.fuseki.validation.LangTagValidator;
import org.apache.jena.fuseki.validation.QueryValidator;
import org.apache.jena.fuseki.validation.UpdateValidator;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.conflictkg.kb.KnowledgeBase;
import org.conflictkg.pipeline.Ingest;
import org.conflictkg.query.NamedQueries;
import org.conflictkg.store.Tdb2Store;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * An embedded Fuseki serving a store as the dataset {@code /kg}: the SPARQL 1.1 query endpoint ({@code /kg/sparql},
 * also {@code /kg/query} and {@code /kg}), Graph Store Protocol reads ({@code /kg/get}), the analyst's web application
 * at {@code /} (static pages that query {@code /kg/sparql} from the browser), Fuseki's query editor at
 * {@code /fuseki/} and the named queries at {@code /queries}. The default graph is the union of the stored graphs.
 * Queries are stopped after a timeout, answer at most a set number of rows and are read up to 1 MiB; SERVICE calls
 * are refused unless allowed. Read-only unless the options turn
 * on update: then SPARQL Update ({@code /kg/update}), Graph Store writes ({@code /kg/data}) and ingest of documents
 * ({@code /kg/ingest}) are open to the users of the password file, by HTTP basic authentication, and to no one
 * else; what SPARQL Update and Graph Store writes change, the store's summary graph follows in the same transaction
 * ({@link Tdb2Store#summarizedDatasetGraph}). The administration area {@code /$/} only answers the reads the UI
 * needs; on a read-only server the query editor offers no way to add or edit data ({@link ReadOnlyEditorPage}).
 */
public final class SparqlServer implements AutoCloseable {

    /** The dataset's path on the server. */
    public static final String DATASET = "/kg";
    /** Where Fuseki's query editor is served. */
    public static final String EDITOR_PATH = "/fuseki/";
    /** The classpath folder of the web application's pages, scripts and styles. */
    static final String APP_FILES = "org/conflictkg/server/app/";
    /** The classpath folder of Fuseki's query editor (the jar jena-fuseki-ui). */
    private static final String EDITOR_FILES = "webapp/";
    /** The stylesheet of the web application that hides the query editor's ways to write on a read-only server. */
    private static final String EDITOR_READ_ONLY_CSS = "/css/editor-read-only.css";
    /** The classpath folder of Leaflet's WebJar; the version is the one of the pom's org.webjars.npm:leaflet. */
    static final String LEAFLET_FILES = "META-INF/resources/webjars/leaflet/1.9.4/dist/";
    /** The Fuseki work area property (FMod_Admin keeps its files there). */
    private static final String FUSEKI_BASE = FusekiServerCtl.envFusekiBase;
    /** The operation of the ingest endpoint. */
    private static final Operation INGEST = Operation.alloc("https://w3id.org/conflict-kg/ontology#ingest",
            "ingest", "conflict-kg document ingest");

    private final FusekiServer server;
    private final ServerOptions options;
    private final Path workArea;
    private final IngestAction ingest;

    private SparqlServer(FusekiServer server, ServerOptions options, Path workArea, IngestAction ingest) {
        this.server = server;
        this.options = options;
        this.workArea = workArea;
        this.ingest = ingest;
    }

    /** Starts a read-only server for the store on this host and port (0 for any free port). */
    public static SparqlServer start(Tdb2Store store, String host, int port, Duration queryTimeout) {
        return start(store, ServerOptions.defaults().withAddress(host, port).withQueryTimeout(queryTimeout));
    }

    /** Starts a server for the store with these options; the caller closes the store after the server. */
    public static SparqlServer start(Tdb2Store store, ServerOptions options) {
        options.passwordFile().ifPresent(PasswordFile::check);
        DatasetGraph dsg = store.datasetGraph();
        String timeout = Long.toString(options.queryTimeout().toMillis());
        dsg.getContext().set(ARQ.queryTimeout, timeout + "," + timeout);
        dsg.getContext().set(ARQ.httpServiceAllowed, options.allowService());
        Path workArea = createWorkArea();
        try {
            FusekiServer.Builder builder = FusekiServer.create()
                    .port(options.port())
                    .loopback(options.loopbackOnly())
                    .fusekiModules(FusekiModules.create(FMod_Admin.create()))
                    .addDataset(DATASET, options.allowUpdate() ? store.summarizedDatasetGraph() : dsg)
                    .enablePing(true)
                    .enableStats(true)
                    .staticFileBase(appFolder())
                    .addFilter("/*", new SecurityHeaders())
                    .addFilter("/$/*", new AdminGuard())
                    .addServlet(EDITOR_PATH + "*", new ClasspathFiles(EDITOR_FILES, "no-cache"))
                    .addServlet("/webjars/leaflet/*", new ClasspathFiles(LEAFLET_FILES, "max-age=86400"))
                    .addServlet("/$/validate/query", new QueryValidator())
                    .addServlet("/$/validate/update", new UpdateValidator())
                    .addServlet("/$/validate/iri", new IRIValidator())
                    .addServlet("/$/validate/langtag", new LangTagValidator())
                    .addServlet("/$/validate/data", new DataValidator())
                    .addServlet("/queries", new NamedQueriesServlet(NamedQueries.standard(), DATASET))
                    .addServlet("/queries/*", new NamedQueriesServlet(NamedQueries.standard(), DATASET));
            builder.registerOperation(Operation.Query, new BoundedQuery(options.maxRows()))
                    .addEndpoint(DATASET, "sparql", Operation.Query)
                    .addEndpoint(DATASET, "query", Operation.Query)
                    .addEndpoint(DATASET, "get", Operation.GSP_R)
                    .addOperation(DATASET, Operation.Query)
                    .addOperation(DATASET, Operation.GSP_R);
            if (!options.allowUpdate()) {
                ReadOnlyEditorPage page = new ReadOnlyEditorPage(EDITOR_FILES, EDITOR_READ_ONLY_CSS);
                builder.addServlet(EDITOR_PATH, page).addServlet(EDITOR_PATH + "index.html", page);
            }
            IngestAction ingest = null;
            if (options.allowUpdate()) {
                AuthPolicy users = Auth.ANY_USER;
                builder.passwordFile(options.passwordFile().orElseThrow().toString())
                        .auth(AuthScheme.BASIC)
                        .realm("conflict-kg")
                        .addEndpoint(DATASET, "update", Operation.Update, users)
                        .addEndpoint(DATASET, "data", Operation.GSP_RW, users);
                ingest = new IngestAction(new Ingest(store, options.pipeline().orElseThrow(), KnowledgeBase.load(),
                        Instant::now), options.maxIngestBytes());
                builder.registerOperation(INGEST, ingest).addEndpoint(DATASET, "ingest", INGEST, users);
            }
            if (!options.corsOrigins().isEmpty()) {
                builder.enableCors(true, corsConfig(workArea, options).toString());
            }
            System.setProperty(FUSEKI_BASE, workArea.toString());
            FusekiServer server = builder.build();
            server.getJettyServer().getDescendants(ServletContextHandler.class).forEach(context -> context
                    .setMaxFormContentSize(BoundedQuery.MAX_QUERY_BYTES));
            Server jetty = server.getJettyServer();
            jetty.setHandler(new EditorPaths(jetty.getHandler(), EDITOR_PATH, DATASET));
            if (!options.loopbackOnly()) {
                listenOn(server, options.host());
            }
            server.start();
            return new SparqlServer(server, options, workArea, ingest);
        } catch (RuntimeException e) {
            deleteWorkArea(workArea);
            throw new ServerException("cannot start the server on " + options.host() + ":" + options.port() + " ("
                    + firstLine(e) + ")", e);
        }
    }

    private static void listenOn(FusekiServer server, String host) {
        for (Connector connector : server.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector serverConnector) {
                serverConnector.setHost(host.equals("0.0.0.0") || host.equals("*") ? null : host);
            }
        }
    }

    /** The web application's folder as Jetty serves it: a directory's path, or the URI of a folder in a jar. */
    private static String appFolder() {
        URL index = SparqlServer.class.getClassLoader().getResource(APP_FILES + "index.html");
        if (index == null) {
            throw new ServerException("the web application is missing from the classpath (" + APP_FILES + ")");
        }
        if (index.getProtocol().equals("file")) {
            try {
                return Path.of(index.toURI()).getParent().toString();
            } catch (URISyntaxException e) {
                throw new ServerException("the web application's folder has no file name (" + index + ")", e);
            }
        }
        String uri = index.toString();
        return uri.substring(0, uri.length() - "index.html".length());
    }

    private static Path createWorkArea() {
        try {
            return Files.createTempDirectory("kg-serve-");
        } catch (IOException e) {
            throw new ServerException("cannot create the server's work area (" + e.getMessage() + ")", e);
        }
    }

    private static Path corsConfig(Path workArea, ServerOptions options) {
        String methods = options.allowUpdate() ? "GET,POST,PUT,DELETE,HEAD,OPTIONS" : "GET,POST,HEAD,OPTIONS";
        String config = "allowedOrigins=" + String.join(",", options.corsOrigins()) + "\n"
                + "allowedMethods=" + methods + "\n"
                + "allowedHeaders=X-Requested-With,Content-Type,Accept,Origin,Authorization\n"
                + "exposedHeaders=Cache-Control,Content-Language,Content-Length,Content-Type,Expires,Last-Modified\n"
                + "chainPreflight=false\n";
        try {
            return Files.writeString(workArea.resolve("cors.properties"), config, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the CORS configuration", e);
        }
    }

    private static String firstLine(RuntimeException e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        String message = String.valueOf(cause.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** The port the server listens on. */
    public int port() {
        return server.getHttpPort();
    }

    /** The server's base URL, ending with "/". */
    public String baseUrl() {
        String shown = options.host().equals("0.0.0.0") || options.host().equals("*") ? "127.0.0.1"
                : options.host();
        if (shown.contains(":")) {
            shown = "[" + shown + "]";
        }
        return "http://" + shown + ":" + port() + "/";
    }

    /** The URL of the SPARQL query endpoint. */
    public String queryUrl() {
        return baseUrl() + DATASET.substring(1) + "/sparql";
    }

    /** The options the server runs with. */
    public ServerOptions options() {
        return options;
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    /** Stops the server, waiting a little for a running ingest to finish its work; the store stays open. */
    @Override
    public void close() {
        server.stop();
        try {
            if (ingest != null && !ingest.awaitIdle(30)) {
                throw new ServerException("an ingest was still running 30 s after the server stopped");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            deleteWorkArea(workArea);
        }
    }

    private static void deleteWorkArea(Path workArea) {
        try (Stream<Path> files = Files.walk(workArea)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the server's work area " + workArea, e);
        }
    }

    /** The work area of this server (Fuseki's FUSEKI_BASE), if it still exists. */
    Optional<Path> workArea() {
        return Files.isDirectory(workArea) ? Optional.of(workArea) : Optional.empty();
    }
}
