package news.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.AllowSchemaLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * JSON Schema validation for tests, offline: newsflow's own schemas come from the classpath ({@code schemas/} in
 * the events jar), IPTC's ninjs schema from the folder given (never copied into the repo), with its GeoJSON
 * reference resolved to the copy in that folder's test suite.
 */
public final class Schemas {
    private static final String NEWSFLOW = "https://newsflow.dev/schemas/";
    private static final String GEOJSON = "https://geojson.org/schema/GeoJSON.json";
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonSchema schema;

    private Schemas(JsonSchema schema) {
        this.schema = schema;
    }

    /** One of newsflow's event schemas, for example {@code enriched-article.schema.json}. */
    public static Schemas newsflow(String file) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder
                .schemaMappers(mappers -> mappers.mapPrefix(NEWSFLOW, "classpath:schemas/"))
                .schemaLoaders(loaders -> loaders.add(new AllowSchemaLoader(iri -> iri.toString().startsWith("classpath:")))));
        return load(factory, NEWSFLOW + file);
    }

    /** IPTC ninjs 2.2 from the IPTC folder ({@code ../shared/data/iptc/ninjs}). */
    public static Schemas ninjs22(Path ninjsFolder) {
        String schemaFile = ninjsFolder.resolve("ninjs-schema_2.2.json").toUri().toString();
        String geoJson = ninjsFolder.resolve("test_suite/GeoJSON-schema.json").toUri().toString();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder
                .schemaMappers(mappers -> mappers.mapPrefix(GEOJSON, geoJson))
                .schemaLoaders(loaders -> loaders.add(new AllowSchemaLoader(iri -> iri.toString().startsWith("file:")))));
        return load(factory, schemaFile);
    }

    private static Schemas load(JsonSchemaFactory factory, String location) {
        JsonSchema schema = factory.getSchema(SchemaLocation.of(location), CONFIG);
        schema.initializeValidators();
        return new Schemas(schema);
    }

    /** The problems of a document, one line each; empty when it is valid. */
    public Set<String> problems(JsonNode document) {
        return schema.validate(document).stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
    }

    public Set<String> problems(byte[] json) throws IOException {
        return problems(JSON.readTree(json));
    }

    public Set<String> problems(Path file) throws IOException {
        return problems(Files.readAllBytes(file));
    }
}
