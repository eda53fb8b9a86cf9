package vn.hungyen.khcn.content.spi;

import java.util.List;
import java.util.Objects;

/**
 * A sentence for people, as a resource-bundle key and its arguments: a reader states what it skipped or could not
 * read this way, and the page or the API renders it in the reader's language.
 */
public record Message(String key, List<String> args) {

    public Message {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
