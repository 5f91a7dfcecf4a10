-- CreateTable
CREATE TABLE "PhotoDraft" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "thumbKey" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PhotoDraft_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PhotoDraft_storageKey_key" ON "PhotoDraft"("storageKey");

-- CreateIndex
CREATE UNIQUE INDEX "PhotoDraft_thumbKey_key" ON "PhotoDraft"("thumbKey");

-- CreateIndex
CREATE INDEX "PhotoDraft_userId_createdAt_idx" ON "PhotoDraft"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "PhotoDraft_expiresAt_idx" ON "PhotoDraft"("expiresAt");

-- AddForeignKey
ALTER TABLE "PhotoDraft" ADD CONSTRAINT "PhotoDraft_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
