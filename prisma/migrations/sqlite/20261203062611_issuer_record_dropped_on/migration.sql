-- AlterTable
ALTER TABLE "IssuerRecord" ADD COLUMN "droppedOn" TEXT;
