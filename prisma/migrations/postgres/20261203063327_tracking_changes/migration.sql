-- CreateTable
CREATE TABLE "TrackingChange" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "fromDay" TEXT NOT NULL,
    "toDay" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrackingChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TrackingChange_userId_createdAt_idx" ON "TrackingChange"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "TrackingChange_createdAt_idx" ON "TrackingChange"("createdAt");

-- AddForeignKey
ALTER TABLE "TrackingChange" ADD CONSTRAINT "TrackingChange_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
