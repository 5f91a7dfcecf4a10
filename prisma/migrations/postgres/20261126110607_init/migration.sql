-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "name" TEXT,
    "email" TEXT NOT NULL,
    "emailVerified" TIMESTAMP(3),
    "image" TEXT,
    "passwordHash" TEXT,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "locale" TEXT NOT NULL DEFAULT 'en',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "sessionToken" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerificationToken" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "SavedDiagnosis" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "causeId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SavedDiagnosis_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Slip" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "merchantName" TEXT NOT NULL,
    "city" TEXT,
    "country" TEXT NOT NULL,
    "localDateTime" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL,
    "amountMinor" BIGINT NOT NULL,
    "currency" TEXT NOT NULL,
    "cardLast4" TEXT NOT NULL,
    "entryMode" TEXT NOT NULL,
    "mid" TEXT,
    "tid" TEXT,
    "batch" TEXT,
    "trace" TEXT,
    "rrn" TEXT,
    "approvalCode" TEXT,
    "aid" TEXT,
    "applicationLabel" TEXT,
    "tvr" TEXT,
    "tsi" TEXT,
    "responseCode" TEXT,
    "offlineWording" TEXT,
    "dccRate" TEXT,
    "dccHomeAmountMinor" BIGINT,
    "dccHomeCurrency" TEXT,
    "paidInsteadMethod" TEXT,
    "paidInsteadCardLast4" TEXT,
    "paidInsteadAmountMinor" BIGINT,
    "paidInsteadCurrency" TEXT,
    "notes" TEXT,
    "savedDiagnosisId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Slip_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SlipPhoto" (
    "id" TEXT NOT NULL,
    "slipId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "thumbKey" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SlipPhoto_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PhotoBlob" (
    "key" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PhotoBlob_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "IdempotencyKey" (
    "userId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "slipId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdempotencyKey_pkey" PRIMARY KEY ("userId","key")
);

-- CreateTable
CREATE TABLE "IssuerRecord" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "transactionDate" TEXT NOT NULL,
    "transactionTime" TEXT,
    "postingDate" TEXT,
    "billedAmountMinor" BIGINT NOT NULL,
    "billedCurrency" TEXT NOT NULL,
    "originalAmountMinor" BIGINT,
    "originalCurrency" TEXT,
    "fxRate" TEXT,
    "merchant" TEXT NOT NULL,
    "city" TEXT,
    "country" TEXT,
    "cardLast4" TEXT,
    "authCode" TEXT,
    "rrn" TEXT,
    "arn" TEXT,
    "issuerTransactionId" TEXT,
    "fitId" TEXT,
    "fileRow" INTEGER,
    "fingerprint" TEXT NOT NULL,
    "importId" TEXT,
    "linkedPendingId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IssuerRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatementImport" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "format" TEXT,
    "layout" TEXT,
    "encoding" TEXT NOT NULL,
    "options" TEXT NOT NULL DEFAULT '{}',
    "mappingKey" TEXT,
    "status" TEXT NOT NULL DEFAULT 'preview',
    "fileBytes" BYTEA,
    "recordsJson" TEXT,
    "previewJson" TEXT NOT NULL,
    "needsMapping" BOOLEAN NOT NULL DEFAULT false,
    "recordCount" INTEGER NOT NULL DEFAULT 0,
    "skippedCount" INTEGER NOT NULL DEFAULT 0,
    "newCount" INTEGER,
    "existingCount" INTEGER,
    "linkedCount" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "committedAt" TIMESTAMP(3),

    CONSTRAINT "StatementImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ColumnMappingPreset" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "mappingKey" TEXT NOT NULL,
    "mapping" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ColumnMappingPreset_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IssuerFeed" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "secretCiphertext" TEXT NOT NULL,
    "previousSecretCiphertext" TEXT,
    "previousSecretExpiresAt" TIMESTAMP(3),
    "lastEventAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "rotatedAt" TIMESTAMP(3),

    CONSTRAINT "IssuerFeed_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedEvent" (
    "id" TEXT NOT NULL,
    "feedId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recordId" TEXT,

    CONSTRAINT "FeedEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SlipMatch" (
    "id" TEXT NOT NULL,
    "slipId" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "chargeId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "pass" TEXT NOT NULL,
    "decision" TEXT NOT NULL DEFAULT 'proposed',
    "score" TEXT,
    "reasons" TEXT NOT NULL DEFAULT '[]',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SlipMatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SlipTracking" (
    "id" TEXT NOT NULL,
    "slipId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "since" TEXT NOT NULL,
    "evidence" TEXT NOT NULL DEFAULT '[]',
    "nextStep" TEXT NOT NULL DEFAULT '{}',
    "charges" TEXT NOT NULL DEFAULT '[]',
    "dispute" TEXT,
    "needsAction" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SlipTracking_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "slipId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Account_userId_idx" ON "Account"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Account_provider_providerAccountId_key" ON "Account"("provider", "providerAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_sessionToken_key" ON "Session"("sessionToken");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_identifier_token_key" ON "VerificationToken"("identifier", "token");

-- CreateIndex
CREATE INDEX "RateLimit_windowStart_idx" ON "RateLimit"("windowStart");

-- CreateIndex
CREATE INDEX "SavedDiagnosis_userId_createdAt_idx" ON "SavedDiagnosis"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "Slip_userId_localDateTime_idx" ON "Slip"("userId", "localDateTime");

-- CreateIndex
CREATE INDEX "Slip_savedDiagnosisId_idx" ON "Slip"("savedDiagnosisId");

-- CreateIndex
CREATE UNIQUE INDEX "SlipPhoto_storageKey_key" ON "SlipPhoto"("storageKey");

-- CreateIndex
CREATE UNIQUE INDEX "SlipPhoto_thumbKey_key" ON "SlipPhoto"("thumbKey");

-- CreateIndex
CREATE INDEX "SlipPhoto_slipId_createdAt_idx" ON "SlipPhoto"("slipId", "createdAt");

-- CreateIndex
CREATE INDEX "SlipPhoto_userId_idx" ON "SlipPhoto"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "IssuerRecord_linkedPendingId_key" ON "IssuerRecord"("linkedPendingId");

-- CreateIndex
CREATE INDEX "IssuerRecord_userId_transactionDate_idx" ON "IssuerRecord"("userId", "transactionDate");

-- CreateIndex
CREATE INDEX "IssuerRecord_userId_billedAmountMinor_idx" ON "IssuerRecord"("userId", "billedAmountMinor");

-- CreateIndex
CREATE INDEX "IssuerRecord_importId_idx" ON "IssuerRecord"("importId");

-- CreateIndex
CREATE UNIQUE INDEX "IssuerRecord_userId_fingerprint_key" ON "IssuerRecord"("userId", "fingerprint");

-- CreateIndex
CREATE INDEX "StatementImport_userId_createdAt_idx" ON "StatementImport"("userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ColumnMappingPreset_userId_mappingKey_key" ON "ColumnMappingPreset"("userId", "mappingKey");

-- CreateIndex
CREATE INDEX "IssuerFeed_userId_createdAt_idx" ON "IssuerFeed"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "FeedEvent_recordId_idx" ON "FeedEvent"("recordId");

-- CreateIndex
CREATE UNIQUE INDEX "FeedEvent_feedId_eventId_key" ON "FeedEvent"("feedId", "eventId");

-- CreateIndex
CREATE INDEX "SlipMatch_userId_idx" ON "SlipMatch"("userId");

-- CreateIndex
CREATE INDEX "SlipMatch_recordId_idx" ON "SlipMatch"("recordId");

-- CreateIndex
CREATE UNIQUE INDEX "SlipMatch_slipId_recordId_key" ON "SlipMatch"("slipId", "recordId");

-- CreateIndex
CREATE UNIQUE INDEX "SlipTracking_slipId_key" ON "SlipTracking"("slipId");

-- CreateIndex
CREATE INDEX "SlipTracking_userId_needsAction_idx" ON "SlipTracking"("userId", "needsAction");

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_slipId_idx" ON "Notification"("slipId");

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedDiagnosis" ADD CONSTRAINT "SavedDiagnosis_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Slip" ADD CONSTRAINT "Slip_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Slip" ADD CONSTRAINT "Slip_savedDiagnosisId_fkey" FOREIGN KEY ("savedDiagnosisId") REFERENCES "SavedDiagnosis"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SlipPhoto" ADD CONSTRAINT "SlipPhoto_slipId_fkey" FOREIGN KEY ("slipId") REFERENCES "Slip"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SlipPhoto" ADD CONSTRAINT "SlipPhoto_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdempotencyKey" ADD CONSTRAINT "IdempotencyKey_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssuerRecord" ADD CONSTRAINT "IssuerRecord_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssuerRecord" ADD CONSTRAINT "IssuerRecord_importId_fkey" FOREIGN KEY ("importId") REFERENCES "StatementImport"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssuerRecord" ADD CONSTRAINT "IssuerRecord_linkedPendingId_fkey" FOREIGN KEY ("linkedPendingId") REFERENCES "IssuerRecord"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementImport" ADD CONSTRAINT "StatementImport_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ColumnMappingPreset" ADD CONSTRAINT "ColumnMappingPreset_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssuerFeed" ADD CONSTRAINT "IssuerFeed_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedEvent" ADD CONSTRAINT "FeedEvent_feedId_fkey" FOREIGN KEY ("feedId") REFERENCES "IssuerFeed"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedEvent" ADD CONSTRAINT "FeedEvent_recordId_fkey" FOREIGN KEY ("recordId") REFERENCES "IssuerRecord"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SlipMatch" ADD CONSTRAINT "SlipMatch_slipId_fkey" FOREIGN KEY ("slipId") REFERENCES "Slip"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SlipMatch" ADD CONSTRAINT "SlipMatch_recordId_fkey" FOREIGN KEY ("recordId") REFERENCES "IssuerRecord"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SlipMatch" ADD CONSTRAINT "SlipMatch_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SlipTracking" ADD CONSTRAINT "SlipTracking_slipId_fkey" FOREIGN KEY ("slipId") REFERENCES "Slip"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SlipTracking" ADD CONSTRAINT "SlipTracking_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_slipId_fkey" FOREIGN KEY ("slipId") REFERENCES "Slip"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
