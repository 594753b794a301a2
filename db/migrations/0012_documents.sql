-- SPDX-License-Identifier: MIT
-- 委任状 kept on this computer: each download of a document writes its PDF into a private folder beside
-- this database (the system's PDF viewer needs a file) and records it here, so it opens offline and the
-- popup knows it was downloaded here even before the server's download count arrives with a sync.
-- A later download of the same document replaces the file and the row.

CREATE TABLE kept_document (
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    document_id TEXT NOT NULL CHECK (length(document_id) BETWEEN 1 AND 64),
    filename TEXT NOT NULL CHECK (length(filename) BETWEEN 1 AND 255),
    path TEXT NOT NULL CHECK (length(path) BETWEEN 1 AND 4096),
    size INTEGER NOT NULL CHECK (size >= 0),
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    downloaded_at TEXT NOT NULL,
    PRIMARY KEY (account_id, document_id)
);
