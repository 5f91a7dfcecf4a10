-- CreateTable
CREATE TABLE "SlipMatch" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slipId" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "chargeId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "pass" TEXT NOT NULL,
    "decision" TEXT NOT NULL DEFAULT 'proposed',
    "score" TEXT,
    "reasons" TEXT NOT NULL DEFAULT '[]',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "SlipMatch_slipId_fkey" FOREIGN KEY ("slipId") REFERENCES "Slip" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SlipMatch_recordId_fkey" FOREIGN KEY ("recordId") REFERENCES "IssuerRecord" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SlipMatch_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SlipTracking" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slipId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "since" TEXT NOT NULL,
    "evidence" TEXT NOT NULL DEFAULT '[]',
    "nextStep" TEXT NOT NULL DEFAULT '{}',
    "charges" TEXT NOT NULL DEFAULT '[]',
    "dispute" TEXT,
    "needsAction" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "SlipTracking_slipId_fkey" FOREIGN KEY ("slipId") REFERENCES "Slip" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SlipTracking_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "slipId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" DATETIME,
    CONSTRAINT "Notification_slipId_fkey" FOREIGN KEY ("slipId") REFERENCES "Slip" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

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

