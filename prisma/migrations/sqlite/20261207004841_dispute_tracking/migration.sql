-- AlterTable
ALTER TABLE "Notification" ADD COLUMN "dueOn" TEXT;

-- CreateTable
CREATE TABLE "DisputeStep" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "slipId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "on" TEXT NOT NULL,
    "followUpOn" TEXT,
    "ground" TEXT,
    "creditedMinor" BIGINT,
    "creditedCurrency" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DisputeStep_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DisputeStep_slipId_fkey" FOREIGN KEY ("slipId") REFERENCES "Slip" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DisputeLetterEdit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "slipId" TEXT NOT NULL,
    "audience" TEXT NOT NULL,
    "lang" TEXT NOT NULL,
    "ground" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "DisputeLetterEdit_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DisputeLetterEdit_slipId_fkey" FOREIGN KEY ("slipId") REFERENCES "Slip" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReminderSent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "slipId" TEXT NOT NULL,
    "reminderId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "dueOn" TEXT NOT NULL,
    "sentAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ReminderSent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReminderSent_slipId_fkey" FOREIGN KEY ("slipId") REFERENCES "Slip" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SchedulerLease" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "holder" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "SchedulerJob" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "lastRunAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "DisputeStep_slipId_createdAt_idx" ON "DisputeStep"("slipId", "createdAt");

-- CreateIndex
CREATE INDEX "DisputeStep_userId_idx" ON "DisputeStep"("userId");

-- CreateIndex
CREATE INDEX "DisputeLetterEdit_userId_idx" ON "DisputeLetterEdit"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "DisputeLetterEdit_slipId_audience_lang_key" ON "DisputeLetterEdit"("slipId", "audience", "lang");

-- CreateIndex
CREATE UNIQUE INDEX "ReminderSent_reminderId_key" ON "ReminderSent"("reminderId");

-- CreateIndex
CREATE INDEX "ReminderSent_userId_idx" ON "ReminderSent"("userId");

-- CreateIndex
CREATE INDEX "ReminderSent_slipId_idx" ON "ReminderSent"("slipId");
