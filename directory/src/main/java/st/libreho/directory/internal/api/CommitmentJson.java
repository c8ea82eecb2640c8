package st.libreho.directory.internal.api;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;
import st.libreho.directory.Commitment;

/**
 * A commitment reads and writes as its stable id ({@code share-knowledge}) in every JSON the platform serves, as in
 * the API's paths and the history; the constant's name is still read, as an alias.
 */
@Singleton
public class CommitmentJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("commitments")
                .addSerializer(Commitment.class, new JsonSerializer<>() {
                    @Override
                    public void serialize(Commitment commitment, JsonGenerator json, SerializerProvider provider)
                            throws IOException {
                        json.writeString(commitment.id());
                    }
                })
                .addDeserializer(Commitment.class, new JsonDeserializer<>() {
                    @Override
                    public Commitment deserialize(JsonParser parser, DeserializationContext context)
                            throws IOException {
                        String text = parser.getValueAsString();
                        return Commitment.byId(text).orElseThrow(() -> InvalidFormatException.from(parser,
                                "is not a commitment of the CPP (see /api/v1/commitments)", text, Commitment.class));
                    }
                }));
    }
}
