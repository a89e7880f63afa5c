package com.relaydesk.oauth;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON object a token or revocation endpoint answers with (RFC 6749 section 5), as its
 * top-level text, number and boolean members; nested objects, arrays and nulls are left out.
 */
final class TokenResponse {

    private TokenResponse() {
    }

    /** @throws IllegalArgumentException when the body is not a JSON object */
    static Map<String, String> fields(String body) {
        JsonObject object;
        try {
            JsonReader reader = new JsonReader(new StringReader(body == null ? "" : body));
            reader.setStrictness(Strictness.STRICT); // RFC 8259 only, as the endpoints must send
            JsonElement parsed = JsonParser.parseReader(reader);
            if (!parsed.isJsonObject()) {
                throw new IllegalArgumentException("not a JSON object: " + abbreviated(body));
            }
            object = parsed.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("not JSON: " + abbreviated(body), e);
        }
        Map<String, String> values = new LinkedHashMap<>();
        object.entrySet().forEach(member -> {
            if (member.getValue().isJsonPrimitive()) {
                values.put(member.getKey(), member.getValue().getAsString());
            }
        });
        return values;
    }

    private static String abbreviated(String body) {
        return body == null ? "nothing" : body.length() <= 80 ? body : body.substring(0, 80) + "…";
    }
}
