package com.relaydesk.store;

import java.util.List;

/**
 * The cache schema as ordered migrations. A released step never changes; the next change is a
 * new step at the end. Times are epoch milliseconds (UTC).
 */
final class Schema {

    private Schema() {
    }

    /** v1: what sync fills — folders and their sync state, messages, attachments, conversations, orders, audit. */
    static final Migration V1_CACHE = new Migration(1, "cache: folders, messages, attachments, conversations, orders, audit",
            List.of(
                    """
                    CREATE TABLE accounts (
                      id INTEGER PRIMARY KEY,
                      address TEXT NOT NULL UNIQUE,
                      display_name TEXT,
                      created_at INTEGER NOT NULL)""",
                    """
                    CREATE TABLE folders (
                      id INTEGER PRIMARY KEY,
                      name TEXT NOT NULL UNIQUE,
                      role TEXT NOT NULL DEFAULT 'other' CHECK (role IN ('inbox', 'sent', 'other')),
                      uid_validity INTEGER NOT NULL DEFAULT 0,
                      uid_next INTEGER NOT NULL DEFAULT 0,
                      highest_modseq INTEGER NOT NULL DEFAULT 0,
                      synced_at INTEGER)""",
                    """
                    CREATE TABLE conversations (
                      id INTEGER PRIMARY KEY,
                      buyer_alias TEXT NOT NULL UNIQUE,
                      buyer_name TEXT,
                      last_message_at INTEGER)""",
                    // buyer_alias: the sender when it is a relay alias (a buyer message);
                    // peer_alias: the buyer the message is with, sender or recipient (A3 groups by it).
                    """
                    CREATE TABLE messages (
                      id INTEGER PRIMARY KEY,
                      folder_id INTEGER NOT NULL REFERENCES folders(id) ON DELETE CASCADE,
                      uid INTEGER NOT NULL,
                      modseq INTEGER NOT NULL DEFAULT 0,
                      message_id TEXT,
                      in_reply_to TEXT,
                      refs TEXT NOT NULL DEFAULT '',
                      from_address TEXT,
                      from_name TEXT,
                      to_addresses TEXT NOT NULL DEFAULT '',
                      buyer_alias TEXT,
                      peer_alias TEXT,
                      conversation_id INTEGER REFERENCES conversations(id) ON DELETE SET NULL,
                      order_id TEXT,
                      subject TEXT NOT NULL DEFAULT '',
                      sent_at INTEGER,
                      received_at INTEGER,
                      sort_time INTEGER NOT NULL,
                      flags TEXT NOT NULL DEFAULT '',
                      seen INTEGER NOT NULL DEFAULT 0,
                      answered INTEGER NOT NULL DEFAULT 0,
                      no_response_needed INTEGER NOT NULL DEFAULT 0,
                      reported INTEGER NOT NULL DEFAULT 0,
                      is_notice INTEGER NOT NULL DEFAULT 0,
                      size INTEGER NOT NULL DEFAULT 0,
                      snippet TEXT NOT NULL DEFAULT '',
                      has_attachments INTEGER NOT NULL DEFAULT 0,
                      damage TEXT,
                      UNIQUE (folder_id, uid))""",
                    "CREATE INDEX messages_by_time ON messages(sort_time DESC, id DESC)",
                    "CREATE INDEX messages_by_folder_time ON messages(folder_id, sort_time DESC, id DESC)",
                    // The candidates of Response Needed, so its first page reads only them.
                    """
                    CREATE INDEX messages_awaiting_reply ON messages(folder_id, sort_time DESC, id DESC)
                      WHERE buyer_alias IS NOT NULL AND is_notice = 0 AND answered = 0
                        AND no_response_needed = 0 AND reported = 0""",
                    "CREATE INDEX messages_by_message_id ON messages(message_id)",
                    "CREATE INDEX messages_by_peer ON messages(peer_alias, order_id, sort_time)",
                    "CREATE INDEX messages_by_conversation ON messages(conversation_id)",
                    """
                    CREATE TABLE message_bodies (
                      message_row INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,
                      text_body TEXT NOT NULL,
                      html_body TEXT)""",
                    // In-Reply-To and References, one row each: "is there a reply to this Message-ID?"
                    """
                    CREATE TABLE message_links (
                      ref TEXT NOT NULL,
                      message_row INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
                      PRIMARY KEY (ref, message_row)) WITHOUT ROWID""",
                    "CREATE INDEX message_links_by_row ON message_links(message_row)",
                    """
                    CREATE TABLE attachment_contents (
                      sha256 TEXT PRIMARY KEY,
                      size INTEGER NOT NULL,
                      content BLOB NOT NULL)""",
                    """
                    CREATE TABLE attachments (
                      id INTEGER PRIMARY KEY,
                      message_row INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
                      position INTEGER NOT NULL,
                      file_name TEXT,
                      content_type TEXT,
                      size INTEGER NOT NULL,
                      sha256 TEXT REFERENCES attachment_contents(sha256))""",
                    "CREATE INDEX attachments_by_message ON attachments(message_row)",
                    "CREATE INDEX attachments_by_content ON attachments(sha256)",
                    """
                    CREATE TABLE orders (
                      order_id TEXT PRIMARY KEY,
                      purchase_date INTEGER,
                      status TEXT NOT NULL,
                      channel TEXT,
                      handmade INTEGER NOT NULL DEFAULT 0,
                      buyer_name TEXT,
                      buyer_alias TEXT,
                      ship_city TEXT,
                      ship_postal_code TEXT,
                      ship_country TEXT,
                      carrier TEXT,
                      tracking_number TEXT,
                      delivery_date TEXT,
                      updated_at INTEGER NOT NULL)""",
                    "CREATE INDEX orders_by_alias ON orders(buyer_alias)",
                    """
                    CREATE TABLE order_items (
                      order_id TEXT NOT NULL REFERENCES orders(order_id) ON DELETE CASCADE,
                      line INTEGER NOT NULL,
                      sku TEXT,
                      asin TEXT,
                      title TEXT NOT NULL,
                      quantity INTEGER NOT NULL,
                      PRIMARY KEY (order_id, line))""",
                    """
                    CREATE TABLE audit_log (
                      id INTEGER PRIMARY KEY,
                      at INTEGER NOT NULL,
                      actor TEXT NOT NULL,
                      action TEXT NOT NULL,
                      target TEXT,
                      detail TEXT)"""));

    /** v2: what the seller owns and a resync must never drop — outbox, delivery status, templates, drafts. */
    static final Migration V2_SELLER_DATA = new Migration(2, "seller data: outbox, delivery status, templates, drafts",
            List.of(
                    """
                    CREATE TABLE outbox (
                      id INTEGER PRIMARY KEY,
                      message_id TEXT NOT NULL UNIQUE,
                      state TEXT NOT NULL CHECK (state IN ('queued', 'checked', 'submitted', 'appended', 'answered', 'failed')),
                      to_address TEXT NOT NULL,
                      subject TEXT NOT NULL,
                      text_body TEXT NOT NULL,
                      html_body TEXT,
                      in_reply_to TEXT,
                      refs TEXT NOT NULL DEFAULT '',
                      order_id TEXT,
                      raw_mime BLOB,
                      attempts INTEGER NOT NULL DEFAULT 0,
                      last_error TEXT,
                      created_at INTEGER NOT NULL,
                      updated_at INTEGER NOT NULL)""",
                    "CREATE INDEX outbox_by_state ON outbox(state, created_at)",
                    """
                    CREATE TABLE outbox_attachments (
                      outbox_id INTEGER NOT NULL REFERENCES outbox(id) ON DELETE CASCADE,
                      position INTEGER NOT NULL,
                      file_name TEXT NOT NULL,
                      content_type TEXT,
                      size INTEGER NOT NULL,
                      sha256 TEXT NOT NULL REFERENCES attachment_contents(sha256),
                      PRIMARY KEY (outbox_id, position))""",
                    "CREATE INDEX outbox_attachments_by_content ON outbox_attachments(sha256)",
                    // Keyed by the Message-ID of the seller's message, so a notice that arrives
                    // before the Sent copy is synced still links once it is.
                    """
                    CREATE TABLE delivery_status (
                      message_id TEXT PRIMARY KEY,
                      status TEXT NOT NULL CHECK (status IN ('delivered', 'bounced', 'rejected')),
                      rule_id TEXT,
                      recipient_alias TEXT,
                      notice_row INTEGER REFERENCES messages(id) ON DELETE SET NULL,
                      notice_message_id TEXT,
                      updated_at INTEGER NOT NULL)""",
                    """
                    CREATE TABLE templates (
                      id INTEGER PRIMARY KEY,
                      name TEXT NOT NULL,
                      language TEXT NOT NULL DEFAULT 'en',
                      subject TEXT NOT NULL DEFAULT '',
                      body TEXT NOT NULL,
                      builtin INTEGER NOT NULL DEFAULT 0,
                      updated_at INTEGER NOT NULL,
                      UNIQUE (name, language))""",
                    """
                    CREATE TABLE drafts (
                      id INTEGER PRIMARY KEY,
                      in_reply_to TEXT,
                      to_address TEXT,
                      subject TEXT NOT NULL DEFAULT '',
                      text_body TEXT NOT NULL DEFAULT '',
                      order_id TEXT,
                      template_id INTEGER REFERENCES templates(id) ON DELETE SET NULL,
                      updated_at INTEGER NOT NULL)"""));

    /** v3: full-text search (FTS5) over subject, body, buyer name, alias and order ID; filled from v1/v2 rows. */
    static final Migration V3_SEARCH = new Migration(3, "full-text search",
            List.of(
                    // Contentless: the text already lives in messages and message_bodies; the index
                    // stores only tokens. contentless_delete lets a row go by its rowid.
                    """
                    CREATE VIRTUAL TABLE message_search USING fts5(
                      subject, body, buyer_name, alias, order_id,
                      content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2')""",
                    """
                    CREATE TRIGGER messages_leave_search AFTER DELETE ON messages BEGIN
                      DELETE FROM message_search WHERE rowid = old.id;
                    END""",
                    """
                    INSERT INTO message_search (rowid, subject, body, buyer_name, alias, order_id)
                      SELECT m.id, m.subject, coalesce(b.text_body, ''),
                             trim(coalesce(m.from_name, '') || ' '
                                  || coalesce((SELECT o.buyer_name FROM orders o WHERE o.order_id = m.order_id), '')),
                             coalesce(m.peer_alias, ''), coalesce(m.order_id, '')
                      FROM messages m LEFT JOIN message_bodies b ON b.message_row = m.id"""));

    /** v4: the No Response Needed and Reported filters page through an index of their own. */
    static final Migration V4_FILTER_INDEXES = new Migration(4, "indexes for the No Response Needed and Reported filters",
            List.of(
                    """
                    CREATE INDEX messages_no_response_needed ON messages(sort_time DESC, id DESC)
                      WHERE no_response_needed = 1 AND is_notice = 0""",
                    "CREATE INDEX messages_reported ON messages(sort_time DESC, id DESC) WHERE reported = 1"));

    /**
     * v5: "a reply to this buyer message is in Sent" kept as a column (see InboxState), so
     * Response Needed reads one partial index; an index for the notice link of delivery status.
     */
    static final Migration V5_REPLIED = new Migration(5, "replied fact for Response Needed",
            List.of(
                    "ALTER TABLE messages ADD COLUMN replied INTEGER NOT NULL DEFAULT 0",
                    "DROP INDEX messages_awaiting_reply",
                    """
                    CREATE INDEX messages_open ON messages(folder_id, sort_time DESC, id DESC)
                      WHERE buyer_alias IS NOT NULL AND is_notice = 0 AND answered = 0
                        AND no_response_needed = 0 AND reported = 0 AND replied = 0""",
                    // Led by alias and folder, so "a later Sent message to this alias" never scans Sent.
                    "CREATE INDEX messages_replies ON messages(peer_alias, folder_id, sort_time)",
                    "DROP INDEX messages_by_peer",
                    // A frozen copy of InboxState.REFRESH_ALL as it was when v5 was written.
                    """
                    UPDATE messages AS m SET replied =
                      (EXISTS (SELECT 1 FROM message_links l CROSS JOIN messages s ON s.id = l.message_row
                               WHERE l.ref = m.message_id AND s.folder_id = (SELECT id FROM folders WHERE role = 'sent'))
                       OR EXISTS (SELECT 1 FROM messages s INDEXED BY messages_replies
                                  WHERE s.peer_alias = m.buyer_alias
                                    AND s.folder_id = (SELECT id FROM folders WHERE role = 'sent')
                                    AND s.sort_time > m.sort_time
                                    AND (m.order_id IS NULL OR s.order_id = m.order_id)))
                    WHERE m.buyer_alias IS NOT NULL""",
                    "CREATE INDEX delivery_status_by_notice ON delivery_status(notice_row)",
                    "CREATE INDEX outbox_by_reply ON outbox(in_reply_to)"));

    /** v6: templates as the templates feature defines them: a stable id, kind and contact reason. */
    static final Migration V6_TEMPLATE_IDS = new Migration(6, "template ids, kind and contact reason",
            List.of(
                    "ALTER TABLE templates ADD COLUMN template_key TEXT",
                    "ALTER TABLE templates ADD COLUMN kind TEXT NOT NULL DEFAULT 'reply'",
                    "ALTER TABLE templates ADD COLUMN reason TEXT",
                    // Rows saved before v6 get an id from their row number, so none is lost.
                    "UPDATE templates SET template_key = 'template-' || id WHERE template_key IS NULL",
                    "CREATE UNIQUE INDEX templates_by_key ON templates(template_key)"));

    /**
     * v7: profiles on one desktop (issue 7): who works here, each one's read state and drafts, and
     * the desktop's lock settings. The mailbox itself stays one shared cache; only these rows are
     * per profile. Drafts written before v7 go to the owner once the owner profile exists.
     */
    static final Migration V7_PROFILES = new Migration(7, "profiles, per-profile read state and drafts",
            List.of(
                    """
                    CREATE TABLE profiles (
                      id INTEGER PRIMARY KEY,
                      name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                      initials TEXT NOT NULL UNIQUE,
                      colour TEXT NOT NULL,
                      owner INTEGER NOT NULL DEFAULT 0,
                      pin_hash TEXT,
                      created_at INTEGER NOT NULL)""",
                    "CREATE UNIQUE INDEX profiles_one_owner ON profiles(owner) WHERE owner = 1",
                    // The messages a profile has read; a row goes with its message or its profile.
                    """
                    CREATE TABLE profile_reads (
                      profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
                      message_row INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
                      PRIMARY KEY (profile_id, message_row)) WITHOUT ROWID""",
                    // Deleting a message (expunge, resync) finds its read rows by this index, not a scan.
                    "CREATE INDEX profile_reads_by_message ON profile_reads(message_row)",
                    "ALTER TABLE drafts ADD COLUMN profile_id INTEGER REFERENCES profiles(id) ON DELETE CASCADE",
                    "CREATE INDEX drafts_by_profile ON drafts(profile_id, in_reply_to)",
                    """
                    CREATE TABLE desk_settings (
                      key TEXT PRIMARY KEY,
                      value TEXT NOT NULL) WITHOUT ROWID"""));

    /**
     * v8: the send-time race check (issue 7): a reply can be held because another desktop answered
     * the buyer first, or discarded, and remembers that the seller chose to send it anyway. SQLite
     * cannot change a CHECK, so the outbox is copied into a new table; its attachments are kept
     * aside because dropping the old table deletes them through ON DELETE CASCADE.
     */
    static final Migration V8_HELD_REPLIES = new Migration(8, "outbox: held and discarded replies, send anyway",
            List.of(
                    """
                    CREATE TABLE outbox_v8 (
                      id INTEGER PRIMARY KEY,
                      message_id TEXT NOT NULL UNIQUE,
                      state TEXT NOT NULL CHECK (state IN ('queued', 'checked', 'submitted', 'appended', 'answered', 'failed',
                                                           'held', 'discarded')),
                      to_address TEXT NOT NULL,
                      subject TEXT NOT NULL,
                      text_body TEXT NOT NULL,
                      html_body TEXT,
                      in_reply_to TEXT,
                      refs TEXT NOT NULL DEFAULT '',
                      order_id TEXT,
                      raw_mime BLOB,
                      attempts INTEGER NOT NULL DEFAULT 0,
                      last_error TEXT,
                      created_at INTEGER NOT NULL,
                      updated_at INTEGER NOT NULL,
                      send_anyway INTEGER NOT NULL DEFAULT 0)""",
                    """
                    INSERT INTO outbox_v8 (id, message_id, state, to_address, subject, text_body, html_body, in_reply_to,
                      refs, order_id, raw_mime, attempts, last_error, created_at, updated_at)
                    SELECT id, message_id, state, to_address, subject, text_body, html_body, in_reply_to,
                      refs, order_id, raw_mime, attempts, last_error, created_at, updated_at FROM outbox""",
                    "CREATE TABLE outbox_attachments_v8 AS SELECT * FROM outbox_attachments",
                    "DROP TABLE outbox",
                    "ALTER TABLE outbox_v8 RENAME TO outbox",
                    "INSERT INTO outbox_attachments SELECT * FROM outbox_attachments_v8",
                    "DROP TABLE outbox_attachments_v8",
                    "CREATE INDEX outbox_by_state ON outbox(state, created_at)",
                    "CREATE INDEX outbox_by_reply ON outbox(in_reply_to)"));

    /**
     * v9: conversations took the From name of Sent messages — the seller's — as the buyer's name,
     * so the Sent list showed the shop's name on every row. The name is taken again from the
     * buyer's own newest message, or left empty for the order report's name to show.
     */
    static final Migration V9_BUYER_NAMES = new Migration(9, "buyer names from the buyer's own messages",
            List.of(
                    """
                    UPDATE conversations SET buyer_name = (
                      SELECT m.from_name FROM messages m
                      WHERE m.conversation_id = conversations.id AND lower(m.from_address) = lower(conversations.buyer_alias)
                        AND m.from_name IS NOT NULL AND m.from_name <> ''
                      ORDER BY m.sort_time DESC LIMIT 1)"""));

    /**
     * v10: one secret per assistant (issue 7): a profile may be linked to the assistant key slot of
     * the encrypted secrets file, whose passphrase then unlocks the profile instead of a PIN. Which
     * existing profiles get linked is decided when the secrets file is known (profiles named like a
     * slot, {@code Profiles.linkByName}); a file has at most one profile per slot.
     */
    static final Migration V10_PROFILE_KEY_SLOTS = new Migration(10, "profiles linked to assistant key slots",
            List.of(
                    "ALTER TABLE profiles ADD COLUMN key_slot TEXT",
                    "CREATE UNIQUE INDEX profiles_by_key_slot ON profiles(key_slot COLLATE NOCASE) WHERE key_slot IS NOT NULL"));

    /**
     * v11: team keywords with fixed names (issue 7). A claim is {@code $RDClaim_<initials>} and
     * carries no time any more, so each desktop keeps when it first saw each RelayDesk keyword on a
     * message (a row goes with its message, or when the keyword leaves it); messages with a claim
     * are found through a small partial index (answers stay on answered messages, so they are not
     * in it). The outbox remembers the answer it takes on the server (UID and keyword), which tells
     * its own answer from a teammate's after a restart.
     */
    static final Migration V11_TEAM_KEYWORDS = new Migration(11, "first sight of team keywords, the answer an outbox entry took",
            List.of(
                    """
                    CREATE TABLE keyword_sightings (
                      message_row INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
                      keyword TEXT NOT NULL COLLATE NOCASE,
                      first_seen INTEGER NOT NULL,
                      PRIMARY KEY (message_row, keyword)) WITHOUT ROWID""",
                    "CREATE INDEX messages_claimed ON messages(id) WHERE instr(flags, '$RDClaim_') > 0",
                    "ALTER TABLE outbox ADD COLUMN answer_uid INTEGER",
                    "ALTER TABLE outbox ADD COLUMN answer_keyword TEXT"));

    /**
     * v12: marks kept on this desktop only, for a server that keeps no custom keywords (Microsoft
     * 365, Exchange): No Response Needed and Reported still work here, laid over what sync brings.
     */
    static final Migration V12_LOCAL_MARKS = new Migration(12, "marks kept on this desktop where the server keeps no keywords",
            List.of(
                    """
                    CREATE TABLE local_marks (
                      message_row INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
                      keyword TEXT NOT NULL,
                      PRIMARY KEY (message_row, keyword)) WITHOUT ROWID"""));

    /**
     * v13: a profile may unlock with the password of the OS account it was set up under instead of
     * a PIN (issue 7, "PIN or OS account"); the account's name is kept, never the password.
     */
    static final Migration V13_PROFILE_OS_USER = new Migration(13, "profiles unlocked with the OS account's password",
            List.of("ALTER TABLE profiles ADD COLUMN os_user TEXT"));

    /**
     * v14: the search index merges its segments 16 at a time instead of FTS5's default 4. Merging
     * is rewriting: with 4, each 10,000 messages stored into a cache of 40,000 cost the writer
     * 0.65 s CPU instead of 0.49 s at 10,000, the growth all in FTS5's merges; with 16 the cost
     * stays at 0.47–0.51 s. Queries read a few more segments per term (see README, bench cache).
     */
    static final Migration V14_SEARCH_MERGES = new Migration(14, "search index merges in larger steps",
            List.of("INSERT INTO message_search (message_search, rank) VALUES ('automerge', 16)"));

    /**
     * v15: the search index keeps which column of a message holds a word, not where in it
     * ({@code detail = column}): 10–15% less work for the sync writer per stored message and a
     * smaller file, with searches as fast as before ({@code detail = none} saved a little more
     * but made every search four times slower). A word typed with punctuation inside (an order
     * ID, an alias) is searched as all of its parts (see {@link SearchQuery}) instead of as a
     * phrase, which FTS5 cannot answer without positions. The index is rebuilt from the cached
     * rows, as the sync writer would fill it.
     */
    static final Migration V15_SEARCH_WITHOUT_POSITIONS = new Migration(15, "search index without word positions (per column only)",
            List.of(
                    "DROP TRIGGER messages_leave_search",
                    "DROP TABLE message_search",
                    """
                    CREATE VIRTUAL TABLE message_search USING fts5(
                      subject, body, buyer_name, alias, order_id,
                      content = '', contentless_delete = 1, detail = column,
                      tokenize = 'unicode61 remove_diacritics 2')""",
                    "INSERT INTO message_search (message_search, rank) VALUES ('automerge', 16)",
                    """
                    CREATE TRIGGER messages_leave_search AFTER DELETE ON messages BEGIN
                      DELETE FROM message_search WHERE rowid = old.id;
                    END""",
                    """
                    INSERT INTO message_search (rowid, subject, body, buyer_name, alias, order_id)
                      SELECT m.id, coalesce(m.subject, ''), searchable_body(b.text_body, b.html_body),
                             trim(coalesce(m.from_name, '') || ' '
                                  || coalesce((SELECT o.buyer_name FROM orders o WHERE o.order_id = m.order_id), '')),
                             coalesce(m.peer_alias, ''), coalesce(m.order_id, '')
                      FROM messages m LEFT JOIN message_bodies b ON b.message_row = m.id"""));

    /**
     * v16: FTS5 merges a level all at once, inside whatever transaction finds it holding
     * {@code crisismerge} segments (default 16). With v14's automerge of 16 the incremental merge
     * never came first, so now and then a store of 100 new messages took 144 ms instead of 5 (300
     * rounds of 100 onto 8,000 messages: p50 5.3 ms, p99 18 ms, max 144 ms); with 64 the same
     * rounds give p50 5.2 ms, p99 13.7 ms, max 14 ms, and less work in all.
     */
    static final Migration V16_SEARCH_NO_MERGE_SPIKES = new Migration(16, "search index merges without spikes",
            List.of("INSERT INTO message_search (message_search, rank) VALUES ('crisismerge', 64)"));

    /**
     * v17: buyer names and previews without the relay's wrapping ({@link com.relaydesk.rules.RelayWrapping}),
     * as the sync writer now stores them: "Aisha", not "Aisha - Amazon Marketplace", and a preview
     * that starts with the buyer's words instead of the "------------- Message:" banner.
     */
    static final Migration V17_RELAY_WRAPPING = new Migration(17, "buyer names and previews without the relay's wrapping",
            List.of(
                    "UPDATE messages SET from_name = relay_buyer_name(from_name)"
                            + " WHERE buyer_alias IS NOT NULL AND is_notice = 0 AND from_name IS NOT NULL",
                    "UPDATE conversations SET buyer_name = relay_buyer_name(buyer_name) WHERE buyer_name IS NOT NULL",
                    """
                    UPDATE messages SET snippet = (SELECT message_preview(b.text_body, b.html_body)
                                                   FROM message_bodies b WHERE b.message_row = messages.id)
                    WHERE snippet LIKE '-----%'
                      AND EXISTS (SELECT 1 FROM message_bodies b WHERE b.message_row = messages.id)"""));

    /**
     * v18: a first sync of a big folder stores its newest messages before the rest (so the seller
     * sees this week's mail while years of it download); the lowest UID of that first window is kept
     * until the older mail below it is in, and the lists show only what both folders hold complete.
     */
    static final Migration V18_NEWEST_FIRST = new Migration(18, "first sync: newest messages first",
            List.of("ALTER TABLE folders ADD COLUMN backfill_below_uid INTEGER"));

    /**
     * v19: a draft keeps everything set in the reply editor, not only its text: the contact reason,
     * "send as a new message", and its attachments — their content kept here once by SHA-256, as for
     * received mail, so a file moved or deleted after it was attached still comes back with the
     * draft. Attachments too big to keep (over the 10 MB a message may carry, D3) are named, so the
     * editor can say which ones did not come back.
     */
    static final Migration V19_WHOLE_DRAFTS = new Migration(19, "drafts keep contact reason, new message and attachments",
            List.of(
                    "ALTER TABLE drafts ADD COLUMN contact_reason TEXT",
                    "ALTER TABLE drafts ADD COLUMN new_message INTEGER NOT NULL DEFAULT 0",
                    "ALTER TABLE drafts ADD COLUMN attachments_left_out TEXT NOT NULL DEFAULT ''",
                    """
                    CREATE TABLE draft_attachments (
                      draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
                      position INTEGER NOT NULL,
                      file_name TEXT NOT NULL,
                      content_type TEXT,
                      size INTEGER NOT NULL,
                      sha256 TEXT NOT NULL REFERENCES attachment_contents(sha256),
                      PRIMARY KEY (draft_id, position))""",
                    "CREATE INDEX draft_attachments_by_content ON draft_attachments(sha256)"));

    /**
     * v20: when a reply was given to the SMTP server without an answer saved since. A reply so marked
     * may have gone out; it is held for the seller rather than submitted again (never sent twice).
     */
    static final Migration V20_UNCONFIRMED_REPLIES = new Migration(20, "outbox: replies the SMTP server never confirmed",
            List.of("ALTER TABLE outbox ADD COLUMN submitting_since INTEGER"));

    /**
     * v21: marks made while the server could not be reached wait here and are set there by the next
     * sync that reaches it (triage works offline, as replies do through the outbox).
     */
    static final Migration V21_PENDING_MARKS = new Migration(21, "marks waiting for the server",
            List.of(
                    """
                    CREATE TABLE pending_marks (
                      message_row INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
                      flag TEXT NOT NULL,
                      set_on INTEGER NOT NULL,
                      PRIMARY KEY (message_row, flag)) WITHOUT ROWID"""));

    /**
     * v22: marks waiting for the server are kept by Message-ID while a UIDVALIDITY change rebuilds
     * their folder, and laid on the same messages again once the rebuild brings them back.
     */
    static final Migration V22_MARKS_ACROSS_REBUILD = new Migration(22, "waiting marks kept across a folder rebuild",
            List.of(
                    """
                    CREATE TABLE pending_marks_set_aside (
                      folder TEXT NOT NULL,
                      message_id TEXT NOT NULL,
                      flag TEXT NOT NULL,
                      set_on INTEGER NOT NULL,
                      set_aside_at INTEGER NOT NULL,
                      PRIMARY KEY (folder, message_id, flag)) WITHOUT ROWID"""));

    /**
     * v23: a reply to the buyer's message about an order no longer answers their other message that
     * named no order (it hid that question unanswered); {@code replied} is worked out again. A frozen
     * copy of InboxState.REFRESH_ALL as it was when v23 was written.
     */
    static final Migration V23_NO_ORDER_ANSWERS = new Migration(23, "a reply about an order answers no other question",
            List.of("""
                    UPDATE messages AS m SET replied =
                      (EXISTS (SELECT 1 FROM message_links l CROSS JOIN messages s ON s.id = l.message_row
                               WHERE l.ref = m.message_id AND s.folder_id = (SELECT id FROM folders WHERE role = 'sent'))
                       OR EXISTS (SELECT 1 FROM messages s INDEXED BY messages_replies
                                  WHERE s.peer_alias = m.buyer_alias
                                    AND s.folder_id = (SELECT id FROM folders WHERE role = 'sent')
                                    AND s.sort_time > m.sort_time
                                    AND (s.order_id = m.order_id OR m.order_id IS NULL AND (s.order_id IS NULL
                                         OR NOT EXISTS (SELECT 1 FROM message_links l2 WHERE l2.message_row = s.id)))))
                    WHERE m.buyer_alias IS NOT NULL"""));

    /**
     * v24: the seller's messages to a buyer are indexed under the buyer name their rows show (the
     * conversation's), not under their own From name, the seller's: searching Sent for "Ethan
     * Wilson" found nothing while every row of it could be found by the shop's name. A frozen
     * copy of MessageWriter.INDEXED_NAMES as it was when v24 was written.
     */
    static final Migration V24_REPLIES_BY_BUYER_NAME = new Migration(24, "replies found by the buyer name their rows show",
            List.of(
                    """
                    DELETE FROM message_search WHERE rowid IN
                      (SELECT id FROM messages WHERE peer_alias IS NOT NULL AND (buyer_alias IS NULL
                         OR folder_id = (SELECT id FROM folders WHERE role = 'sent')))""",
                    """
                    INSERT INTO message_search (rowid, subject, body, buyer_name, alias, order_id)
                      SELECT m.id, coalesce(m.subject, ''), searchable_body(b.text_body, b.html_body),
                             trim(coalesce((SELECT c.buyer_name FROM conversations c WHERE c.id = m.conversation_id), '')
                                  || ' ' || coalesce((SELECT o.buyer_name FROM orders o WHERE o.order_id = m.order_id), '')),
                             m.peer_alias, coalesce(m.order_id, '')
                      FROM messages m LEFT JOIN message_bodies b ON b.message_row = m.id
                      WHERE m.peer_alias IS NOT NULL AND (m.buyer_alias IS NULL
                        OR m.folder_id = (SELECT id FROM folders WHERE role = 'sent'))"""));

    static final List<Migration> MIGRATIONS = List.of(V1_CACHE, V2_SELLER_DATA, V3_SEARCH, V4_FILTER_INDEXES, V5_REPLIED,
            V6_TEMPLATE_IDS, V7_PROFILES, V8_HELD_REPLIES, V9_BUYER_NAMES, V10_PROFILE_KEY_SLOTS, V11_TEAM_KEYWORDS,
            V12_LOCAL_MARKS, V13_PROFILE_OS_USER, V14_SEARCH_MERGES, V15_SEARCH_WITHOUT_POSITIONS,
            V16_SEARCH_NO_MERGE_SPIKES, V17_RELAY_WRAPPING, V18_NEWEST_FIRST, V19_WHOLE_DRAFTS,
            V20_UNCONFIRMED_REPLIES, V21_PENDING_MARKS, V22_MARKS_ACROSS_REBUILD, V23_NO_ORDER_ANSWERS,
            V24_REPLIES_BY_BUYER_NAME);
}
