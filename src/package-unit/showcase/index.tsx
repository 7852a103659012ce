import { Skeleton } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { A11yPageMeta } from '../../features/accessibility/components/a11y-page-meta'
import { ShowcaseActions } from '../../features/showcase/components/showcase-actions'
import { ShowcaseForm } from '../../features/showcase/components/showcase-form'
import { ShowcaseList } from '../../features/showcase/components/showcase-list'
import { useShowcaseApplication } from '../../features/showcase/hooks/use-showcase-application'
import { useShowcaseExport } from '../../features/showcase/hooks/use-showcase-export'
import { useShowcaseList } from '../../features/showcase/hooks/use-showcase-list'
import { useShowcasePictures } from '../../features/showcase/hooks/use-showcase-pictures'
import { openShowcase } from '../../features/showcase/navigation'
import { StateView } from '../../shared/ui/state-view'
import { SubmissionBanner } from '../../shared/ui/submission-banner'
import './index.scss'

/** /package-unit/showcase/index?unitId=<uuid>[&id=<applicationId>]: the unit's projects, or one project's form. */
export default function ShowcasePage() {
  const { params } = useRouter<{ unitId?: string; id?: string }>()
  return (
    <>
      <A11yPageMeta />
      <View className='showcase-page'>
        {params.id ? <ProjectScreen id={params.id} unitId={params.unitId} /> : <ListScreen unitId={params.unitId} />}
      </View>
    </>
  )
}

function Loading() {
  return (
    <View className='showcase-page__skeleton'>
      <Skeleton rows={6} animated />
    </View>
  )
}

function ListScreen({ unitId }: { unitId: string | undefined }) {
  const list = useShowcaseList(unitId)
  const exports = useShowcaseExport(unitId)
  if (!unitId) return <StateView kind='error' title='缺少单位' description='请从单位工作台进入' />
  if (list.error) return <StateView kind='error' title='加载失败' description={list.error} actionText='重新加载' onAction={list.reload} />
  if (!list.data) return <Loading />
  return (
    <ShowcaseList
      data={list.data}
      creating={list.creating}
      exporting={exports.exporting}
      onOpen={(id) => openShowcase(unitId, id)}
      onCreate={() => void list.create()}
      onExport={(what) => void exports.download(what)}
    />
  )
}

function ProjectScreen({ id, unitId }: { id: string; unitId: string | undefined }) {
  const project = useShowcaseApplication(id, () => void Taro.navigateBack())
  const ownerId = unitId ?? project.application?.unitId
  const pictures = useShowcasePictures(ownerId, project.application, project.setApplication)
  const exports = useShowcaseExport(ownerId)
  const { application, form } = project
  if (project.remote.error && !application) {
    return <StateView kind='error' title='加载失败' description={project.remote.error} actionText='重新加载' onAction={project.remote.reload} />
  }
  if (!application || !form) return <Loading />
  return (
    <View className='showcase-page__project'>
      <SubmissionBanner status={application.status} deadline={application.deadline} submittedAt={application.submittedAt} returnReason={application.returnReason} />
      <ShowcaseForm application={application} form={form} onChange={project.change} pictures={pictures} missing={project.missing} />
      <ShowcaseActions
        application={application}
        dirty={project.dirty}
        busy={project.busy}
        exporting={exports.exporting}
        onSave={() => void project.save()}
        onSubmit={() => void project.submit()}
        onWithdraw={() => void project.withdraw()}
        onDelete={() => void project.remove()}
        onExport={(what) => void exports.download(what, application.id)}
      />
    </View>
  )
}
