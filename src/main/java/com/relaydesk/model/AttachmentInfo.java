package com.relaydesk.model;

/** An attachment as the reading pane lists it; the content stays in the cache until opened. */
public record AttachmentInfo(long id, String fileName, String contentType, long size) { }
