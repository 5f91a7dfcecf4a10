-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "dueOn" TEXT;

-- CreateTable
CREATE TABLE "DisputeStep" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "slipId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "on" TEXT NOT NULL,
    "followUpOn" TEXT,
    "ground" TEXT,
    "creditedMinor" BIGINT,
    "creditedCurrency" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DisputeStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DisputeLetterEdit" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "slipId" TEXT NOT NULL,
    "audience" TEXT NOT NULL,
    "lang" TEXT NOT NULL,
    "ground" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DisputeLetterEdit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReminderSent" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "slipId" TEXT NOT NULL,
    "reminderId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "dueOn" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReminderSent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SchedulerLease" (
    "name" TEXT NOT NULL,
    "holder" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SchedulerLease_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "SchedulerJob" (
    "name" TEXT NOT NULL,
    "lastRunAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SchedulerJob_pkey" PRIMARY KEY ("name")
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

-- AddForeignKey
ALTER TABLE "DisputeStep" ADD CONSTRAINT "DisputeStep_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DisputeStep" ADD CONSTRAINT "DisputeStep_slipId_fkey" FOREIGN KEY ("slipId") REFERENCES "Slip"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DisputeLetterEdit" ADD CONSTRAINT "DisputeLetterEdit_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DisputeLetterEdit" ADD CONSTRAINT "DisputeLetterEdit_slipId_fkey" FOREIGN KEY ("slipId") REFERENCES "Slip"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReminderSent" ADD CONSTRAINT "ReminderSent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReminderSent" ADD CONSTRAINT "ReminderSent_slipId_fkey" FOREIGN KEY ("slipId") REFERENCES "Slip"("id") ON DELETE CASCADE ON UPDATE CASCADE;
